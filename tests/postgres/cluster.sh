#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on a free loopback port in a
# temporary directory.
#   cluster.sh start DIR   installs PostgreSQL when missing, starts a cluster
#                          in DIR and prints its URL (postgres://postgres@127.0.0.1:PORT)
#   cluster.sh stop DIR    stops it and removes DIR
# With PG_DURABLE=1 the cluster keeps PostgreSQL's durable defaults (for
# benchmarks); otherwise it skips fsync, as throwaway test data may. With
# PG_TLS=1 it also speaks TLS, with a certificate from a certificate
# authority of its own, DIR/ca.crt (for PGSSLROOTCERT); connections may
# still choose plain TCP.
# initdb and pg_ctl refuse to run as root: as root they run as the postgres user.
set -euo pipefail

find_bin() {
  local name=$1
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  ls /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cmd=${1:-}; dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

case "$cmd" in
  start)
    if [ -z "$(find_bin initdb)" ] || { [ "${PG_TLS:-0}" = 1 ] && ! command -v openssl >/dev/null; }; then
      SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
      export DEBIAN_FRONTEND=noninteractive
      $SUDO apt-get update -qq >&2
      $SUDO apt-get install -y -qq --no-install-recommends postgresql openssl >/dev/null
    fi
    initdb=$(find_bin initdb); pg_ctl=$(find_bin pg_ctl)
    [ -n "$initdb" ] && [ -n "$pg_ctl" ] || { echo "PostgreSQL's initdb and pg_ctl are not to be found" >&2; exit 1; }
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
      useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    fi
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # Enough connections for many servers at once.
    opts="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=500 -c shared_buffers=256MB"
    [ "${PG_DURABLE:-0}" = 1 ] || opts="$opts -c fsync=off"
    if [ "${PG_TLS:-0}" = 1 ]; then
      # A certificate authority of its own, and the server's certificate from it.
      openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Mystery Shopper test CA" \
        -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
      openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
      printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > "$dir/server.ext"
      openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
        -extfile "$dir/server.ext" -out "$dir/server.crt" 2>/dev/null
      chmod 600 "$dir/server.key"
      [ "$(id -u)" -eq 0 ] && chown postgres "$dir/server.key" "$dir/server.crt"
      opts="$opts -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key"
    fi
    as_owner "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "$opts" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port"
    ;;
  stop)
    pg_ctl=$(find_bin pg_ctl)
    [ -d "$dir/data" ] && as_owner "$pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
