#!/usr/bin/env bash
# Issue 16: "nothing acknowledged is ever lost: kill -9 the application mid-rush, restart, and every committed entry is
# sealed and the chain verifies". Starts the jar on PostgreSQL (database hub_crash, dropped and made again), signs in
# as the demo auditor, has wrk read the audit trail page with 16 clients (each request writes a SEARCH entry, in the
# request's own transaction), kills the application with SIGKILL after CRASH_AFTER seconds (5), counts the entries
# committed, starts it again, waits for the sealer, checks in SQL that no committed entry is unsealed or pending, and
# asks the application to verify the chain (POST /audit/verify as the auditor). Prints one table.
# Usage: scripts/audit-crash-check.sh   Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust), psql, curl, wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
db=hub_crash
port=8092
base="http://127.0.0.1:$port"
crash_after=${CRASH_AFTER:-5}
password="Crash-$(date +%s)-check-password"
email=dpo@northshire.example
work=$(mktemp -d)
app_pid=
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

stop_app() { [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; }
trap 'stop_app; echo "(application logs: $work)"' EXIT

jar=$(ls target/partnership-hub-*.jar 2>/dev/null | head -1 || true)
if [[ -z "$jar" ]]; then
  ./mvnw -q -DskipTests package
  jar=$(ls target/partnership-hub-*.jar | head -1)
fi
psql -qX -d postgres -c "drop database if exists $db" -c "create database $db" 2>&1 | grep -v "does not exist, skipping" || true

start() { # $1: log name
  ( cd "$work" && SPRING_PROFILES_ACTIVE=postgres HUB_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
      exec "$JAVA_HOME/bin/java" -Xss512k -Xmx512m -jar "$OLDPWD/$jar" --server.port=$port --server.address=127.0.0.1 \
      --hub.demo-password="$password" --hub.demo-one-time-passwords=false > "$work/$1.log" 2>&1 ) &
  app_pid=$!
  for _ in $(seq 1 240); do
    grep -q "Started PartnershipHubApplication" "$work/$1.log" 2>/dev/null && return 0
    kill -0 "$app_pid" 2>/dev/null || { tail -40 "$work/$1.log"; exit 1; }
    sleep 0.5
  done
  echo "the application did not start" >&2; exit 1
}

sign_in() {
  rm -f "$work/cookies"
  local csrf
  csrf=$(curl -s -c "$work/cookies" -b "$work/cookies" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -c "$work/cookies" -b "$work/cookies" -o /dev/null --data-urlencode "email=$email" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$csrf" "$base/sign-in"
  awk '$6 == "HUBSESSION" { print $7 }' "$work/cookies"
}

q() { psql -qtAX -d "$db" -c "$1"; }

echo "== first start"
start first
for _ in $(seq 1 120); do [[ "$(q "select count(*) from user_account where email = '$email'" 2>/dev/null)" == 1 ]] && break; sleep 1; done
sleep 3
session=$(sign_in)
[[ -n "$session" ]] || { echo "could not sign in" >&2; exit 1; }
before=$(q "select count(*) from audit_entry")
echo "== wrk -t2 -c16 on /audit, SIGKILL after ${crash_after} s"
( wrk -t2 -c16 -d60s -H "Cookie: HUBSESSION=$session" "$base/audit" > "$work/wrk.txt" 2>&1 || true ) &
wrk_pid=$!
sleep "$crash_after"
kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=
kill "$wrk_pid" 2>/dev/null || true
wait "$wrk_pid" 2>/dev/null || true
committed=$(q "select count(*) from audit_entry")
sealed_at_crash=$(q "select count(*) from audit_seal")
pending_at_crash=$(q "select count(*) from audit_pending")

echo "== second start"
start second
for _ in $(seq 1 40); do [[ "$(q "select count(*) from audit_pending")" == 0 ]] && break; sleep 0.5; done
unsealed=$(q "select count(*) from audit_entry e where not exists (select 1 from audit_seal s where s.entry_seq = e.seq)")
lost=$(q "select count(*) from audit_entry e where not exists (select 1 from audit_seal s where s.entry_seq = e.seq) and not exists (select 1 from audit_pending p where p.entry_seq = e.seq)")
session=$(sign_in)
csrf=$(curl -s -b "$work/cookies" -c "$work/cookies" "$base/audit" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -b "$work/cookies" -c "$work/cookies" -o /dev/null --data-urlencode "_csrf=$csrf" "$base/audit/verify"
verdict=$(curl -s -b "$work/cookies" "$base/audit" | grep -o 'The trail is intact[^<]*\|The trail has been altered[^<]*' | head -1)
echo
echo "| figure | value |"
echo "|---|---|"
echo "| entries before the rush | $before |"
echo "| entries committed when killed | $committed ($(( committed - before )) in $crash_after s) |"
echo "| sealed / pending at the kill | $sealed_at_crash / $pending_at_crash |"
echo "| unsealed after restart | $unsealed |"
echo "| committed but neither sealed nor pending | $lost |"
echo "| verification after restart | ${verdict:-none read} |"
[[ "$unsealed" == 0 && "$lost" == 0 && "$verdict" == "The trail is intact"* ]]
