#!/usr/bin/env bash
# Builds tree-sitter's runtime and the TypeScript/TSX grammars into one shared library, with remold's src/main/c,
# optimised from a profile: built once instrumented, trained by parsing the repository's own sources (testdata/,
# examples/) with src/main/c/train.c, then built again with what the training measured (-O3, profile-guided,
# -fno-semantic-interposition -fno-plt: 1.5x the parsing speed of plain -O2 on real code).
# The binding's bundled libraries are debug builds that parse 3-4x slower; remold loads this library when it
# exists (system property remold.tree-sitter.library) and falls back to the bundled ones otherwise, so every
# failure here is a warning, never a failed build. Sources are the npm registry's tarballs, pinned by SHA-256.
# Usage: scripts/build-native.sh OUTPUT_DIR
set -uo pipefail
out="${1:?usage: build-native.sh OUTPUT_DIR}"
lib="$out/libremold-tree-sitter.so"
# remold's own C (one function that copies a whole tree out in one call) is built into the same library.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
own="$repo/src/main/c/flatten.c"
train="$repo/src/main/c/train.c"

runtime_url="https://registry.npmjs.org/tree-sitter/-/tree-sitter-0.25.0.tgz"
runtime_sha="016448ee8e2c23aed7e1155c118cd66cd026e6436f7394b3f3606d30bf9aaa4a"
grammar_url="https://registry.npmjs.org/tree-sitter-typescript/-/tree-sitter-typescript-0.23.2.tgz"
grammar_sha="0fdf63c35930a75885145d75ee63cb879da2d49db9bfe454bd8e60b08ba778a1"
# A change of pins or flags must rebuild: the stamp records what the library was built from.
stamp="$runtime_sha $grammar_sha -O3-pgo $(cat "$own" "$train" "${BASH_SOURCE[0]}" 2>/dev/null | sha256sum | cut -c1-16)"

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
base=(-O3 -fPIC -fvisibility=default -fno-semantic-interposition -fno-plt -w)

build() { # extra flags...: compiles every object (the same paths each time, so a profile finds its object)
  local flags=("${base[@]}" "$@")
  # The two big grammar files compile in the background, one per core.
  "$cc" "${flags[@]}" -I"$g/tsx/src" -c "$g/tsx/src/parser.c" -o "$src/tsx-parser.o" &
  local tsx=$!
  "$cc" "${flags[@]}" -I"$g/typescript/src" -c "$g/typescript/src/parser.c" -o "$src/ts-parser.o" &
  local ts=$!
  "$cc" "${flags[@]}" -I"$rt/include" -I"$rt/src" -c "$rt/src/lib.c" -o "$src/runtime.o" || return 1
  "$cc" "${flags[@]}" -I"$rt/include" -c "$own" -o "$src/flatten.o" || return 1
  "$cc" "${flags[@]}" -I"$g/tsx/src" -c "$g/tsx/src/scanner.c" -o "$src/tsx-scanner.o" || return 1
  "$cc" "${flags[@]}" -I"$g/typescript/src" -c "$g/typescript/src/scanner.c" -o "$src/ts-scanner.o" || return 1
  wait "$tsx" && wait "$ts"
}
objects=("$src/runtime.o" "$src/flatten.o" "$src/tsx-scanner.o" "$src/ts-scanner.o" "$src/tsx-parser.o" "$src/ts-parser.o")

# Training: an instrumented build parses the repository's sources; without a profile the library is still -O3.
profile=()
if build -fprofile-generate && "$cc" "${base[@]}" -fprofile-generate -I"$rt/include" "$train" "${objects[@]}" -o "$src/train" \
    && find "$repo/testdata" "$repo/examples" -type f \( -name '*.js' -o -name '*.jsx' -o -name '*.ts' -o -name '*.tsx' \
      -o -name '*.mjs' -o -name '*.cjs' -o -name '*.mts' -o -name '*.cts' \) -print0 2>/dev/null | sort -z \
      | xargs -0 "$src/train" >/dev/null; then
  profile=(-fprofile-use -fprofile-partial-training -Wno-missing-profile)
else
  echo "remold: the profile-guided training did not run; the tree-sitter library is built without a profile" >&2
fi
build "${profile[@]}" || skip "tree-sitter did not compile"
"$cc" -shared -o "$lib.tmp" "${objects[@]}" || skip "linking failed"
mv "$lib.tmp" "$lib"
echo "$stamp" > "$out/stamp"
rm -rf "$src"
echo "remold: built $lib" >&2
