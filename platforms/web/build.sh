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

# SQLite for the browser without the extensions and parts the device store
# never uses (full-text search, R-trees, sessions, introspection tables, JSON,
# maths functions, UTF-16, the write-ahead log an in-memory database
# can't have, incremental blobs, EXPLAIN, auto-vacuum, generated columns,
# AUTOINCREMENT, automatic indexes, some query optimisations a store this
# small never needs, lookaside memory, API argument checks, schema pragmas,
# blob literals): less to download for every visitor. Options that change
# SQLite's grammar (views, triggers, window functions, CTEs, ATTACH, ...)
# don't build from the amalgamation or leave calls unresolved.
export SQLITE_WASM_RS_FLAGS="-USQLITE_ENABLE_FTS5 -USQLITE_ENABLE_RTREE -USQLITE_ENABLE_SESSION \
  -USQLITE_ENABLE_PREUPDATE_HOOK -USQLITE_ENABLE_DBSTAT_VTAB -USQLITE_ENABLE_DBPAGE_VTAB \
  -USQLITE_ENABLE_BYTECODE_VTAB -USQLITE_ENABLE_STMTVTAB -USQLITE_ENABLE_COLUMN_METADATA \
  -USQLITE_ENABLE_MATH_FUNCTIONS -USQLITE_ENABLE_OFFSET_SQL_FUNC -USQLITE_ENABLE_UNKNOWN_SQL_FUNCTION \
  -DSQLITE_OMIT_PROGRESS_CALLBACK -DSQLITE_OMIT_AUTHORIZATION -DSQLITE_OMIT_COMPLETE -DSQLITE_OMIT_TRACE \
  -DSQLITE_OMIT_JSON -DSQLITE_OMIT_GET_TABLE -DSQLITE_OMIT_INTROSPECTION_PRAGMAS \
  -USQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_OMIT_UTF16 -DSQLITE_OMIT_WAL -DSQLITE_OMIT_INCRBLOB \
  -DSQLITE_OMIT_COMPILEOPTION_DIAGS -DSQLITE_OMIT_TCL_VARIABLE -DSQLITE_OMIT_DECLTYPE -DSQLITE_OMIT_XFER_OPT \
  -DSQLITE_UNTESTABLE \
  -DSQLITE_OMIT_EXPLAIN -DSQLITE_OMIT_AUTOVACUUM \
  -DSQLITE_OMIT_GENERATED_COLUMNS -DSQLITE_OMIT_AUTOINCREMENT \
  -DSQLITE_OMIT_AUTOMATIC_INDEX -DSQLITE_OMIT_LOCALTIME -DSQLITE_OMIT_LIKE_OPTIMIZATION -DSQLITE_OMIT_OR_OPTIMIZATION \
  -DSQLITE_OMIT_BETWEEN_OPTIMIZATION -DSQLITE_OMIT_QUICKBALANCE -DSQLITE_OMIT_TRUNCATE_OPTIMIZATION -DSQLITE_OMIT_HEX_INTEGER \
  -DSQLITE_OMIT_CASE_SENSITIVE_LIKE_PRAGMA -DSQLITE_OMIT_LOOKASIDE -DSQLITE_DEFAULT_MEMSTATUS=0 -DSQLITE_MAX_EXPR_DEPTH=0 \
  -USQLITE_ENABLE_API_ARMOR -DSQLITE_OMIT_SCHEMA_PRAGMAS -DSQLITE_OMIT_BLOB_LITERAL"
# The release build compiles Rust's standard library along with the app, for
# size, and a panic stops the app at once instead of formatting a message no
# one could read (the browser has nowhere to print it): 5 % less to download.
# Both need a nightly toolchain, pinned here so every build is the same.
if [ "$PROFILE" = dev ]; then
  cargo build --locked --target wasm32-unknown-unknown --no-default-features --features web --profile dev
else
  TOOLCHAIN=nightly-2026-05-19
  rustup component list --toolchain "$TOOLCHAIN" --installed 2>/dev/null | grep -q '^rust-src' ||
    rustup toolchain install "$TOOLCHAIN" --profile minimal --component rust-src
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    cargo "+$TOOLCHAIN" build --locked --target wasm32-unknown-unknown --no-default-features --features web \
    --profile "$PROFILE" -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
fi
dir="$PROFILE"; [ "$PROFILE" = dev ] && dir=debug
rm -rf "$OUT" && mkdir -p "$OUT"
wasm-bindgen --target web --no-typescript --out-dir "$OUT" "$TARGET/wasm32-unknown-unknown/$dir/mystery-shopper.wasm"
# A C function the flags above left out but something still calls would be
# imported from "env", and the page would fail to start: refuse it here.
if command -v node >/dev/null; then
  node -e '
    const m = new WebAssembly.Module(require("fs").readFileSync(process.argv[1]));
    const missing = WebAssembly.Module.imports(m).filter((i) => i.module === "env").map((i) => i.name);
    if (missing.length) { console.error("the wasm module calls C functions it lacks (see SQLITE_WASM_RS_FLAGS): " + missing.join(", ")); process.exit(1); }
  ' "$OUT/mystery-shopper_bg.wasm"
fi

# wasm-opt (binaryen from npm; Debian's is too old) shrinks the release build,
# esbuild (npm too) its JavaScript.
if [ "$PROFILE" != dev ]; then
  if ! command -v npm >/dev/null; then
    echo "installing npm (for wasm-opt and esbuild)"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  (cd platforms/web && { { [ -x node_modules/.bin/wasm-opt ] && [ -x node_modules/.bin/esbuild ]; } || npm ci --no-audit --no-fund --silent; })
  platforms/web/node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types \
    "$OUT/mystery-shopper_bg.wasm" -o "$OUT/mystery-shopper_bg.wasm"
  # The script with its snippets in one file, minified (esbuild): the
  # snippets no longer wait for the script to arrive before they are asked for.
  platforms/web/node_modules/.bin/esbuild --bundle --minify --format=esm --log-level=warning \
    "$OUT/mystery-shopper.js" --outfile="$OUT/mystery-shopper.min.js"
  mv "$OUT/mystery-shopper.min.js" "$OUT/mystery-shopper.js"
  rm -rf "$OUT/snippets"
fi

# Names that carry their content's hash, so browsers may keep them for good.
hash() { sha256sum "$1" | cut -c1-16; }
wasm="mystery-shopper-$(hash "$OUT/mystery-shopper_bg.wasm")_bg.wasm"
mv "$OUT/mystery-shopper_bg.wasm" "$OUT/$wasm"
sed -i "s/mystery-shopper_bg\.wasm/$wasm/" "$OUT/mystery-shopper.js"
js="mystery-shopper-$(hash "$OUT/mystery-shopper.js").js"
mv "$OUT/mystery-shopper.js" "$OUT/$js"
sed -e "s/__JS__/$js/g" -e "s/__WASM__/$wasm/g" platforms/web/index.html > "$OUT/index.html"

# The service worker keeps the page and every file it loads.
files=$(cd "$OUT" && find . -type f ! -name '*.gz' ! -name '*.br' | sed 's|^\.||' | sort | grep -v '^/index.html$' | awk '{printf "\"%s\", ", $0}')
version=$(cat "$OUT/index.html" "$OUT/$js" | sha256sum | cut -c1-16)
sed -e "s|__VERSION__|$version|" -e "s|__FILES__|[\"/index.html\", ${files%, }]|" platforms/web/sw.js > "$OUT/sw.js"

# The server sends these to browsers that accept brotli (every current one)
# or gzip; brotli at its best setting with Node's zlib, which the build has.
find "$OUT" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.html' \) -exec gzip -9 -k -f {} \;
if command -v node >/dev/null; then
  find "$OUT" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.html' \) -print0 | xargs -0 node -e '
    const fs = require("fs"), zlib = require("zlib");
    for (const f of process.argv.slice(1)) {
      const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: fs.statSync(f).size };
      fs.writeFileSync(f + ".br", zlib.brotliCompressSync(fs.readFileSync(f), { params }));
    }'
fi
total=$(find "$OUT" -name '*.gz' -exec cat {} + | wc -c)
total_br=$(find "$OUT" -name '*.br' -exec cat {} + 2>/dev/null | wc -c)
echo "web app built in $OUT ($wasm; $((total_br / 1024)) KiB with brotli, $((total / 1024)) KiB gzipped in all)"
