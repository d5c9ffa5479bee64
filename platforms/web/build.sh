#!/usr/bin/env bash
# Builds the web app into target/web: the app compiled to wasm32, its
# JavaScript glue, and index.html. Installs the wasm target and a
# wasm-bindgen CLI matching Cargo.lock when they are missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
PROFILE="${WEB_PROFILE:-wasm-release}"
TARGET="${CARGO_TARGET_DIR:-target}"
OUT="${WEB_OUT:-$TARGET/web}"

rustup target list --installed | grep -q '^wasm32-unknown-unknown$' || rustup target add wasm32-unknown-unknown
if ! command -v clang >/dev/null; then
  echo "installing clang (SQLite is compiled for wasm32 with it)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends clang >/dev/null
fi
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "installing wasm-bindgen-cli $want (once per machine, a few minutes)"
  cargo install --force wasm-bindgen-cli --version "$want"
fi

cargo build --locked --target wasm32-unknown-unknown --no-default-features --features web --profile "$PROFILE"
dir="$PROFILE"; [ "$PROFILE" = dev ] && dir=debug
rm -rf "$OUT" && mkdir -p "$OUT"
wasm-bindgen --target web --no-typescript --out-dir "$OUT" "$TARGET/wasm32-unknown-unknown/$dir/mystery-shopper.wasm"
cp platforms/web/index.html "$OUT/index.html"
# The server sends these to browsers that accept gzip.
find "$OUT" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.html' \) -exec gzip -9 -k -f {} \;
echo "web app built in $OUT"
