#!/usr/bin/env bash
# A real S3-compatible server for the photo store's tests: moto in server
# mode (PyPI), in a virtualenv under the target directory, versions pinned in
# requirements.txt. The tests start it on loopback themselves.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${CARGO_TARGET_DIR:-$root/target}/s3-venv"
if ! "$venv/bin/moto_server" --help >/dev/null 2>&1 || ! "$venv/bin/pip" freeze | grep -qx "$(grep '^moto==' "$here/requirements.txt")"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$here/requirements.txt"
fi
echo "$venv/bin/moto_server"
