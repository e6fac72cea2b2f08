#!/usr/bin/env python3
"""Turns a JMH JSON result file (-rf json) into the Markdown tables of README.md.

One table per benchmark class: ns/op with its 99.9% error, the ratio to hand-written Panama and to
JNA's interface mapping measured in the same class, and gc.alloc.rate.norm (bytes per call) when the
run used -prof gc. Usage: jmh-table.py results.json
"""
import json
import sys

# Which method of each class is "hand-written Panama" and which is "JNA" for the ratio columns.
PANAMA = ["panama", "panamaArena", "panamaCritical", "panamaPremadeStub"]
JNA = ["jnaInterface", "jnaCallback", "jna"]


def baseline(rows, names):
    for name in names:
        if name in rows:
            return rows[name][0]
    return None


def ratio(score, base):
    if base is None:
        return ""
    r = score / base
    return f"{r:.0f}" if r >= 100 else f"{r:.2f}" if r >= 0.1 else f"{r:.3f}"


def main(path):
    with open(path) as f:
        results = json.load(f)
    classes = {}
    units = {}
    for r in results:
        cls, method = r["benchmark"].rsplit(".", 2)[-2:]
        primary = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        # With a single iteration JMH writes the error as the string "NaN".
        error = float(primary["scoreError"])
        classes.setdefault(cls, {})[method] = (primary["score"], error, alloc)
        units[cls] = primary["scoreUnit"]
    for cls, rows in classes.items():
        panama, jna = baseline(rows, PANAMA), baseline(rows, JNA)
        print(f"### {cls}\n")
        print(f"| binding | {units[cls].replace('us/', 'µs/')} | ± (99.9%) | × Panama | × JNA | B/op |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for method, (score, error, alloc) in sorted(rows.items(), key=lambda kv: kv[1][0]):
            bytes_per_op = "" if alloc is None else f"{alloc:.1f}"
            print(f"| {method} | {score:.1f} | {error:.1f} | {ratio(score, panama)} | {ratio(score, jna)} | {bytes_per_op} |")
        print()


if __name__ == "__main__":
    main(sys.argv[1])
