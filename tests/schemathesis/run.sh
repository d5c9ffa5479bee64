#!/usr/bin/env bash
# Schemathesis with every check against the real server (debug build, fresh
# SQLite file, demo data): anonymously and with a shopper's and a
# supervisor's token. Any failure it reports fails the run.
# Usage: tests/schemathesis/run.sh [path/to/mystery-shopper-server]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
server_bin="${1:-$target/debug/mystery-shopper-server}"
venv="$target/schemathesis-venv"

if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -q "$(cut -d= -f3 "$here/requirements.txt")"; then
  python3 -m venv "$venv" 2>/dev/null || { apt-get install -y -qq python3-venv >/dev/null && python3 -m venv "$venv"; }
  "$venv/bin/pip" install -q -r "$here/requirements.txt"
fi

work="$(mktemp -d)"
"$server_bin" serve --demo --addr 127.0.0.1:0 --database "$work/db.sqlite3" --photos "$work/photos" >"$work/out" 2>"$work/err" &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do grep -q "http://" "$work/out" 2>/dev/null && break; sleep 0.1; done
base="$(grep -o 'http://[0-9.:]*' "$work/out" | head -1)"
[ -n "$base" ] || { echo "the server did not start:"; cat "$work/err"; exit 1; }

token() {
  curl -sf -X POST "$base/api/v1/sessions" -H 'content-type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
shopper="$(token shopper shopper-demo)"
supervisor="$(token supervisor supervisor-demo)"

status=0
for who in anonymous shopper supervisor; do
  # With a token, signing out would end the session the later operations use.
  auth=()
  case $who in
    shopper) auth=(-H "Authorization: Bearer $shopper" --exclude-path /api/v1/sessions/current) ;;
    supervisor) auth=(-H "Authorization: Bearer $supervisor" --exclude-path /api/v1/sessions/current) ;;
  esac
  echo "== schemathesis as $who"
  if ! "$venv/bin/schemathesis" --config-file "$here/schemathesis.toml" run "$base/api/v1/openapi.json" --url "$base" --checks all \
      --max-examples "${SCHEMATHESIS_EXAMPLES:-40}" --seed 7 \
      --no-color "${auth[@]}"; then
    status=1
  fi
done
exit $status
