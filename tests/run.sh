#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the build and the
# browser tests need, then formatting, lints, unit and integration tests of
# every crate, the web build in headless Chromium, and the desktop build under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
need=()
for pkg in pkg-config libwebkit2gtk-4.1-dev libxdo-dev clang chromium fonts-noto-core fonts-noto-cjk xvfb xdotool imagemagick bc curl python3 python3-venv poppler-utils zbar-tools; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
# Node.js for the browser tests and wasm-opt, unless the machine has one already.
command -v npm >/dev/null || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
rustup component add rustfmt clippy >/dev/null 2>&1 || true
# Each step says when it starts, so a slow run shows where its time went.
step() { echo "== $(date -u +%H:%M:%S) $*"; }

step "cargo fmt --check"
cargo fmt --all -- --check
step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "cargo test"
bash tests/s3/install.sh >/dev/null   # a real S3-compatible server for the photo store's tests
cargo test --workspace --locked
step "the server's API and storage tests again, on PostgreSQL (a throwaway cluster)"
pgdir=$(mktemp -d)
trap 'bash tests/postgres/cluster.sh stop "$pgdir"' EXIT
pgurl=$(PG_TLS=1 bash tests/postgres/cluster.sh start "$pgdir")
# Every server of these tests connects over TLS (sslmode=require), trusting the cluster's own certificate.
MS_TEST_POSTGRES=$pgurl PGSSLROOTCERT=$pgdir/ca.crt cargo test --locked -p ms-server --test '*'

step "web build"
bash platforms/web/build.sh
cargo build --locked -p ms-server --bin mystery-shopper-server
step "schemathesis (every check; anonymous, shopper, supervisor)"
bash tests/schemathesis/run.sh
step "browser tests"
(cd tests/e2e && npm ci --no-audit --no-fund --silent && npm test)

step "desktop under Xvfb"
bash tests/desktop.sh

step "Android and iOS: what can be checked without their SDKs"
bash platforms/mobile/check.sh

step "done; the build directory holds $(du -sh "${CARGO_TARGET_DIR:-target}" | cut -f1)"
