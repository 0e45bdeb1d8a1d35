#!/usr/bin/env bash
# Start the machine's PostgreSQL cluster on loopback and make a role and database for the tests.
# Idempotent: the cluster may survive between runs on the same machine. Prints the URL last.
set -euo pipefail

ROLE=acctdesk
PASSWORD=acctdesk
DATABASE=acctdesk_test
PORT=${ACCTDESK_PG_PORT:-5432}

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if [ -z "$version" ]; then
  echo "PostgreSQL is not installed (run scripts/install-debian-deps.sh)" >&2
  exit 1
fi
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main --port "$PORT" >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  pg_ctlcluster "$version" main start
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')

psql_admin() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }
for _ in $(seq 1 30); do
  psql_admin -c "select 1" >/dev/null 2>&1 && break
  sleep 1
done
if [ "$(psql_admin -c "select 1 from pg_roles where rolname='$ROLE'")" != "1" ]; then
  psql_admin -c "create role $ROLE login createdb password '$PASSWORD'"
fi
if [ "$(psql_admin -c "select 1 from pg_database where datname='$DATABASE'")" != "1" ]; then
  psql_admin -c "create database $DATABASE owner $ROLE"
fi
echo "postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$port/$DATABASE"
