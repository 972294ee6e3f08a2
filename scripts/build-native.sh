#!/usr/bin/env bash
# Builds tree-sitter's runtime and the TypeScript/TSX grammars with `gcc -O2` into one shared library, with
# remold's src/main/c.
# The binding's bundled libraries are debug builds that parse 3-4x slower; remold loads this library when it
# exists (system property remold.tree-sitter.library) and falls back to the bundled ones otherwise, so every
# failure here is a warning, never a failed build. Sources are the npm registry's tarballs, pinned by SHA-256.
# Usage: scripts/build-native.sh OUTPUT_DIR
set -uo pipefail
out="${1:?usage: build-native.sh OUTPUT_DIR}"
lib="$out/libremold-tree-sitter.so"
# remold's own C (one function that copies a whole tree out in one call) is built into the same library.
own="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/src/main/c/flatten.c"

runtime_url="https://registry.npmjs.org/tree-sitter/-/tree-sitter-0.25.0.tgz"
runtime_sha="016448ee8e2c23aed7e1155c118cd66cd026e6436f7394b3f3606d30bf9aaa4a"
grammar_url="https://registry.npmjs.org/tree-sitter-typescript/-/tree-sitter-typescript-0.23.2.tgz"
grammar_sha="0fdf63c35930a75885145d75ee63cb879da2d49db9bfe454bd8e60b08ba778a1"
# A change of pins or flags must rebuild: the stamp records what the library was built from.
stamp="$runtime_sha $grammar_sha -O2 $(sha256sum "$own" 2>/dev/null | cut -c1-16)"

skip() {
  echo "remold: optimised tree-sitter library not built ($1); the bundled one is used (slower parsing)" >&2
  exit 0
}

if [ -f "$lib" ] && [ "$(cat "$out/stamp" 2>/dev/null)" = "$stamp" ]; then
  exit 0
fi
[ "$(uname -s)" = Linux ] || skip "only built on Linux"
cc="${CC:-gcc}"
command -v "$cc" >/dev/null || skip "no C compiler ($cc)"
command -v curl >/dev/null || skip "no curl"
src="$out/src"
rm -rf "$src" "$lib" "$out/stamp"
mkdir -p "$src"

fetch() { # url sha256 folder
  local tgz="$src/$(basename "$1")"
  curl -fsSL --retry 2 -o "$tgz" "$1" || skip "cannot download $1"
  echo "$2  $tgz" | sha256sum -c --status || skip "checksum mismatch for $1"
  mkdir -p "$3" && tar -xzf "$tgz" -C "$3" --strip-components=1 || skip "cannot unpack $1"
}
fetch "$runtime_url" "$runtime_sha" "$src/runtime"
fetch "$grammar_url" "$grammar_sha" "$src/grammar"

rt="$src/runtime/vendor/tree-sitter/lib"
g="$src/grammar"
flags=(-O2 -fPIC -fvisibility=default -w)
objects=()
compile() { # source object include...
  local source="$1" object="$2"
  shift 2
  "$cc" "${flags[@]}" "${@/#/-I}" -c "$source" -o "$object" && objects+=("$object")
}
# The two big grammar files compile in the background, one per core.
"$cc" "${flags[@]}" -I"$g/tsx/src" -c "$g/tsx/src/parser.c" -o "$src/tsx-parser.o" &
tsx=$!
"$cc" "${flags[@]}" -I"$g/typescript/src" -c "$g/typescript/src/parser.c" -o "$src/ts-parser.o" &
ts=$!
compile "$rt/src/lib.c" "$src/runtime.o" "$rt/include" "$rt/src" || skip "the runtime did not compile"
compile "$own" "$src/flatten.o" "$rt/include" || skip "src/main/c/flatten.c did not compile"
compile "$g/tsx/src/scanner.c" "$src/tsx-scanner.o" "$g/tsx/src" || skip "the TSX scanner did not compile"
compile "$g/typescript/src/scanner.c" "$src/ts-scanner.o" "$g/typescript/src" || skip "the TypeScript scanner did not compile"
wait "$tsx" || skip "the TSX grammar did not compile"
wait "$ts" || skip "the TypeScript grammar did not compile"
"$cc" -shared -o "$lib.tmp" "${objects[@]}" "$src/tsx-parser.o" "$src/ts-parser.o" || skip "linking failed"
mv "$lib.tmp" "$lib"
echo "$stamp" > "$out/stamp"
rm -rf "$src"
echo "remold: built $lib" >&2
