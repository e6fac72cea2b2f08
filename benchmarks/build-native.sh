#!/usr/bin/env bash
# Builds the benchmark library: the C functions under test plus their JNI glue, which needs jni.h.
# Usage: build-native.sh <C source dir> <output .so> [JDK home ...]
# jni.h is looked for in the JDK homes given (Maven passes the JVM it runs on), $JAVA_HOME, then
# every JDK under /usr/lib/jvm and /Library/Java/JavaVirtualMachines; the C is compiled by
# ../fixtures-c/build-c.sh like the test fixtures.
set -euo pipefail
src=$1; out=$2; shift 2
candidates=("$@" "${JAVA_HOME:-}")
for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  candidates+=("$home")
done
include=""
for home in "${candidates[@]}"; do
  [ -n "$home" ] || continue
  # A JRE inside a JDK (Java 8 layout) keeps the headers one level up.
  for dir in "$home/include" "$home/../include"; do
    if [ -f "$dir/jni.h" ]; then
      include=$(cd "$dir" && pwd)
      break 2
    fi
  done
done
if [ -z "$include" ]; then
  echo "ffibind-benchmarks: jni.h not found in ${candidates[*]}: install a JDK with headers" \
    "(Debian: openjdk-17-jdk-headless) or set JAVA_HOME." >&2
  exit 1
fi
case "$(uname -s)" in
  Darwin) platform=darwin ;;
  *) platform=linux ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
exec bash "$here/../fixtures-c/build-c.sh" "$src" "$out" -I"$include" -I"$include/$platform"
