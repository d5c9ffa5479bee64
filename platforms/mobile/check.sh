#!/usr/bin/env bash
# What can be checked of the Android and iOS builds on a machine without
# their SDKs: the whole app compiles for Android (the `mobile` feature; C code
# is compiled against glibc's arm64 headers, so this checks the Rust code and
# never produces an app to ship), the domain core compiles for iOS (the rest
# needs Apple's SDK for its C code), and the Kotlin and Swift sources of the
# native plugin parse. Installs the rustup targets, Debian packages and the
# parsers (tree-sitter, from PyPI) it needs.
set -euo pipefail
cd "$(dirname "$0")/../.."
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
need=()
for pkg in clang llvm libc6-dev-arm64-cross python3-venv; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
rustup target add aarch64-linux-android aarch64-apple-ios >/dev/null

echo "== cargo check: the app for Android (aarch64-linux-android, feature mobile)"
CC_aarch64_linux_android=clang AR_aarch64_linux_android=llvm-ar \
CFLAGS_aarch64_linux_android="--sysroot=/usr/aarch64-linux-gnu -D_GNU_SOURCE" \
  cargo check --locked --target aarch64-linux-android --no-default-features --features mobile

echo "== cargo check: the core for iOS (aarch64-apple-ios)"
cargo check --locked --target aarch64-apple-ios -p ms-core

echo "== Kotlin and Swift sources parse"
target="${CARGO_TARGET_DIR:-target}"
venv="$target/parsers-venv"
if ! "$venv/bin/python" -c "import tree_sitter, tree_sitter_kotlin, tree_sitter_swift" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r platforms/mobile/requirements.txt
fi
mapfile -t sources < <(git ls-files 'platforms/android/*.kt' 'platforms/android/*.kts' 'platforms/ios/*.swift')
"$venv/bin/python" platforms/mobile/parse.py "${sources[@]}"
