#!/usr/bin/env bash
# Starts a throw-away Redis and PostgreSQL on free loopback ports under $1 (a temp dir) and prints
# `export` lines for LABELUP_TEST_REDIS_URL and LABELUP_TEST_DATABASE_URL. Stop them with stop-services.sh.
set -euo pipefail
dir=${1:?usage: start-services.sh DIR}
mkdir -p "$dir"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" >/dev/null
for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_port=$(free_port)
pg_data="$dir/pg"
mkdir -p "$pg_data"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$dir"; as_pg=(runuser -u postgres --); fi
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_data" -U labelup --auth=trust -E UTF8 >/dev/null
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$dir/pg.log" -w \
  -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U labelup labelup_test

echo "export LABELUP_TEST_REDIS_URL=redis://127.0.0.1:$redis_port"
echo "export LABELUP_TEST_DATABASE_URL=postgres://labelup@127.0.0.1:$pg_port/labelup_test"
