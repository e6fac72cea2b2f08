#!/usr/bin/env bash
# Compiles every C file in $1 into the shared library $2 (extra arguments go to the compiler).
# Used by fixtures-c and benchmarks; fails with an install hint when there is no C compiler.
set -euo pipefail
src=$1; out=$2; shift 2
cc=${CC:-}
if [ -z "$cc" ]; then
  for candidate in cc gcc clang; do
    if command -v "$candidate" >/dev/null 2>&1; then cc=$candidate; break; fi
  done
fi
if [ -z "$cc" ]; then
  echo "ffibind: no C compiler found (tried \$CC, cc, gcc, clang)." >&2
  echo "ffibind: install one, e.g. 'apt-get install gcc' on Debian/Ubuntu or 'xcode-select --install' on macOS." >&2
  exit 1
fi
mkdir -p "$(dirname "$out")"
case "$(uname -s)" in
  Darwin) shared=(-dynamiclib) ;;
  *) shared=(-shared) ;;
esac
"$cc" "${shared[@]}" -fPIC -O2 -g -pthread -std=c11 -Wall -Wextra -Werror -o "$out" "$src"/*.c "$@"
echo "ffibind: built $out with $cc"
