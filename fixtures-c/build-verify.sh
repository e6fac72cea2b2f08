#!/usr/bin/env bash
# Builds verify.c ($1) on its own into the libraries the processor's verification tests read ($2 is
# the output directory): DWARF 4, DWARF 5, DWARF 5 with zlib-compressed debug sections, a stripped
# copy, and that copy's separate debug file (what distributions ship under /usr/lib/debug/.build-id);
# src/verify/strx.S (DWARF in Clang's forms) into libffibind_verify_strx.so; and src/readme/geometry.c
# into libgeometry.so, the README's example.
# ELF only: on other systems it does nothing.
set -euo pipefail
source=$1; out=$2
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(uname -s)" != Linux ]; then
  echo "ffibind: verification fixtures are ELF-only; skipped on $(uname -s)"
  exit 0
fi
work="$(dirname "$out")/verify-src"
mkdir -p "$work"
cp "$source" "$work/"
build() { bash "$here/build-c.sh" "$work" "$out/$1" "${@:2}" -Wl,--build-id; }
build libffibind_verify_dwarf4.so -gdwarf-4
build libffibind_verify_dwarf5.so -gdwarf-5
build libffibind_verify_gz.so -gdwarf-5 -gz=zlib
objcopy=${OBJCOPY:-objcopy}
if ! command -v "$objcopy" >/dev/null 2>&1; then
  echo "ffibind: objcopy (binutils) not found: install binutils, which gcc needs anyway" >&2
  exit 1
fi
"$objcopy" --only-keep-debug "$out/libffibind_verify_dwarf5.so" "$out/libffibind_verify_stripped.debug"
"$objcopy" --strip-debug "$out/libffibind_verify_dwarf5.so" "$out/libffibind_verify_stripped.so"
# Hand-written DWARF 5 in Clang's forms (strx, addrx, line_strp), which GCC does not emit.
"${CC:-cc}" -shared -fPIC -o "$out/libffibind_verify_strx.so" "$here/src/verify/strx.S"
# The README's example library.
bash "$here/build-c.sh" "$here/src/readme" "$out/libgeometry.so"
echo "ffibind: built the verification fixtures in $out"
