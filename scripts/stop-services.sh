#!/usr/bin/env bash
# Stops what start-services.sh started in $1.
dir=${1:?usage: stop-services.sh DIR}
[ -f "$dir/redis.pid" ] && kill "$(cat "$dir/redis.pid")" 2>/dev/null
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -d "$dir/pg" ]; then
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$dir/pg" -m fast stop >/dev/null 2>&1
  else "$pg_bin/pg_ctl" -D "$dir/pg" -m fast stop >/dev/null 2>&1; fi
fi
rm -rf "$dir"
exit 0
