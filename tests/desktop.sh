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
app=""
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$data"' EXIT
# Wait until the X server answers before starting the app.
for _ in $(seq 1 40); do DISPLAY="$display" xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.25; done

# WebKitGTK under a bare X server now and then dies at start with an X
# BadWindow error before any of our code runs; such a start is tried again
# (at most three times), and every failed start is shown.
shown=""
for attempt in 1 2 3; do
  start=$(date +%s.%N)
  DISPLAY="$display" MYSTERY_SHOPPER_DATA="$data" MYSTERY_SHOPPER_SERVER="http://127.0.0.1:9" "$bin" >"$data/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do
    if DISPLAY="$display" xdotool search --name "Mystery Shopper" >/dev/null 2>&1; then shown=yes; break; fi
    kill -0 "$app" 2>/dev/null || break
    sleep 0.25
  done
  [ -n "$shown" ] && break
  echo "desktop start $attempt failed:"; cat "$data/app.log"
  kill "$app" 2>/dev/null || true
done
[ -n "$shown" ] || { echo "desktop window never appeared"; exit 1; }
up=$(echo "$(date +%s.%N) - $start" | bc)
sleep 3
DISPLAY="$display" import -window root "$out/desktop-first-screen.png"
colours=$(identify -format %k "$out/desktop-first-screen.png")
echo "desktop: window up ${up} s after launch (attempt $attempt); first screen captured with $colours colours"
[ "$colours" -gt 20 ] || { echo "the desktop screenshot looks blank"; exit 1; }
kill -0 "$app" || { cat "$data/app.log"; echo "the desktop app exited"; exit 1; }
echo "desktop screenshot: $out/desktop-first-screen.png"
