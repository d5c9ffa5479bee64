#!/usr/bin/env bash
# The desktop build under Xvfb: starts, shows its first screen, and a
# screenshot of it is written to the folder printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${SCREENSHOT_DIR:-tests/e2e/screenshots}"
mkdir -p "$out"
bin="${CARGO_TARGET_DIR:-target}/debug/mystery-shopper"
[ -x "$bin" ] || cargo build --locked --bin mystery-shopper
data=$(mktemp -d)
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1024x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$data"' EXIT
sleep 1
start=$(date +%s.%N)
DISPLAY="$display" MYSTERY_SHOPPER_DATA="$data" MYSTERY_SHOPPER_SERVER="http://127.0.0.1:9" "$bin" >"$data/app.log" 2>&1 &
app=$!
# The first screen is up once the window shows the welcome text.
for _ in $(seq 1 120); do
  if DISPLAY="$display" xdotool search --name "Mystery Shopper" >/dev/null 2>&1; then break; fi
  sleep 0.25
done
DISPLAY="$display" xdotool search --name "Mystery Shopper" >/dev/null || { cat "$data/app.log"; echo "desktop window never appeared"; exit 1; }
sleep 3
DISPLAY="$display" import -window root "$out/desktop-first-screen.png"
end=$(date +%s.%N)
colours=$(identify -format %k "$out/desktop-first-screen.png")
echo "desktop: window up and first screen captured in $(echo "$end - $start - 3" | bc) s; $colours colours"
[ "$colours" -gt 20 ] || { echo "the desktop screenshot looks blank"; exit 1; }
kill -0 $app || { cat "$data/app.log"; echo "the desktop app exited"; exit 1; }
echo "desktop screenshot: $out/desktop-first-screen.png"
