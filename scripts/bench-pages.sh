#!/usr/bin/env bash
# Benchmarks pages on PostgreSQL with data loaded from a SQL file, signed in as a demo person.
# Usage: scripts/bench-pages.sh DB DATA_SQL EMAIL URLS_SQL
#   DB        the database to drop and recreate, e.g. hub_bench_sc
#   DATA_SQL  the SQL file loaded after the application has made the schema and seeded the demo, e.g. scripts/bench-scorecard-data.sql
#   EMAIL     the demo person to sign in as, e.g. executive@northshire.example
#   URLS_SQL  a query returning the pages to measure, one path per row (so they can name ids the data made)
#   Needs: PostgreSQL on 127.0.0.1:5432 where user postgres may create databases (trust auth), psql, curl, wrk.
#   Builds the jar if there is none, starts it on 127.0.0.1:8091 with the postgres profile (Flyway makes the schema, the
#   demo people are seeded), loads the data, signs in, warms up, then runs wrk -t2 -c16 against each page, and wrk -t1 -c1
#   against each page for the latency one person sees, and stops the application. See scripts/bench-scorecard.sh.
# Settings (environment): BENCH_DURATION (30s), BENCH_SINGLE_DURATION (10s, one client), BENCH_WARMUP (5s per page), BENCH_MAX_LOAD (1.5: waits up to
#   BENCH_MAX_WAIT seconds, 900, for the 1-minute load average to fall below it), HUB_JVM_OPTS ("-Xss512k -Xmx512m").
#   BENCH_JDBC_PARAMS: appended to the JDBC URL, e.g. "?options=-c%20log_min_duration_statement=20" to have PostgreSQL log
#   the application's slower statements with their durations.
#   BENCH_RUNS=n: instead of wrk, times n single requests one after another per page with curl (after BENCH_WARMUP_RUNS,
#   default 2, untimed), and prints each time and the min/median/max: for pages where one request's time is the target.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
(( $# == 4 )) || { sed -n '2,16p' "$0" >&2; exit 2; }
db=$1
data=$2
email=$3
urls_sql=$4
port=8091
base="http://127.0.0.1:$port"
duration=${BENCH_DURATION:-30s}
single_duration=${BENCH_SINGLE_DURATION:-10s}
warmup=${BENCH_WARMUP:-5s}
max_load=${BENCH_MAX_LOAD:-1.5}
max_wait=${BENCH_MAX_WAIT:-900}
opts=${HUB_JVM_OPTS:-"-Xss512k -Xmx512m"}
password="Bench-$(date +%s)-sc-password"
lua=scripts/wrk-percentiles.lua
work=$(mktemp -d)
app_pid=

stop_app() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
}
trap 'stop_app; echo "(application log: $work/app.log)"' EXIT

runs=${BENCH_RUNS:-}
warmup_runs=${BENCH_WARMUP_RUNS:-2}
[[ -n "$runs" ]] || command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

echo "== database $db"
psql -qX -d postgres -c "drop database if exists $db" -c "create database $db" 2>&1 | grep -v "does not exist, skipping" || true

jar=$(ls target/partnership-hub-*.jar 2>/dev/null | head -1 || true)
if [[ -z "$jar" ]]; then # an existing jar is used as it is: rebuild it after changing the code
  echo "== building the jar"
  ./mvnw -q -DskipTests package
  jar=$(ls target/partnership-hub-*.jar | head -1)
fi

echo "== starting $jar on port $port ($opts)"
( cd "$work" && SPRING_PROFILES_ACTIVE=postgres HUB_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db${BENCH_JDBC_PARAMS:-}" \
    exec "$JAVA_HOME/bin/java" $opts -jar "$OLDPWD/$jar" --server.port=$port --server.address=127.0.0.1 \
    --hub.demo-password="$password" --hub.demo-one-time-passwords=false > "$work/app.log" 2>&1 ) &
app_pid=$!
for _ in $(seq 1 240); do
  grep -q "Started PartnershipHubApplication" "$work/app.log" 2>/dev/null && break
  kill -0 "$app_pid" 2>/dev/null || { tail -40 "$work/app.log"; exit 1; }
  sleep 0.5
done
started=$(grep -o "Started PartnershipHubApplication in [0-9.]* seconds (process running for [0-9.]*)" "$work/app.log")
# the demo data is seeded after start (slower on a loaded machine): wait for the person to sign in as, then a little more
for _ in $(seq 1 120); do
  [[ "$(psql -qtAX -d "$db" -c "select count(*) from user_account where email = '$email'" 2>/dev/null)" == 1 ]] && break
  sleep 1
done
sleep 5
echo "$started; resident memory $(( $(ps -o rss= -p "$app_pid") / 1024 )) MB"

echo "== loading $data"
start_load=$(date +%s)
psql -qX -d "$db" -f "$data"
echo "loaded in $(( $(date +%s) - start_load )) s"

echo "== signing in as $email"
jar_cookies="$work/cookies"
csrf=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$jar_cookies" -b "$jar_cookies" -o /dev/null --data-urlencode "email=$email" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/sign-in"
session=$(awk '$6 == "HUBSESSION" { print $7 }' "$jar_cookies")
[[ -n "$session" ]] || { echo "no session cookie after signing in" >&2; exit 1; }
cookie="Cookie: HUBSESSION=$session"

mapfile -t urls < <(psql -qtAX -d "$db" -c "$urls_sql")
(( ${#urls[@]} > 0 )) || { echo "the query named no pages" >&2; exit 1; }
for u in "${urls[@]}"; do
  read -r code size first <<< "$(curl -s -H "$cookie" -o /dev/null -w '%{http_code} %{size_download} %{time_total}' "$base$u")"
  [[ "$code" == 200 ]] || { echo "$u answered $code, not 200: the session is not being used" >&2; exit 1; }
  echo "$u: 200, $size bytes, first request $first s"
done

wait_for_quiet() {
  local waited=0
  while (( waited < max_wait )) && awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$max_load" 'BEGIN { exit !(l > m) }'; do
    (( waited == 0 )) && echo "== waiting for the 1-minute load average to fall below $max_load (up to $max_wait s)"
    sleep 30
    waited=$(( waited + 30 ))
  done
}

if [[ -n "$runs" ]]; then
  echo "== warming up ($warmup_runs untimed requests per page; the first response of each kept as $work/page-<n>)"
  n=0
  for u in "${urls[@]}"; do
    n=$(( n + 1 ))
    curl -s -H "$cookie" -o "$work/page-$n" "$base$u"
    for _ in $(seq 1 "$warmup_runs"); do curl -s -H "$cookie" -o /dev/null "$base$u"; done
  done
  wait_for_quiet
  echo "== load before the measured runs: $(uptime)"
  timed="$work/timed"
  : > "$timed"
  for u in "${urls[@]}"; do
    times=()
    for r in $(seq 1 "$runs"); do
      read -r code t <<< "$(curl -s -H "$cookie" -o /dev/null -w '%{http_code} %{time_total}' "$base$u")"
      [[ "$code" == 200 ]] || { echo "$u answered $code on run $r" >&2; exit 1; }
      times+=("$t")
      echo "$u run $r: $t s (load $(cut -d' ' -f1 /proc/loadavg))"
    done
    sorted=$(printf '%s\n' "${times[@]}" | sort -g)
    printf '| `%s` | %s | %s | %s | %s | %s |\n' "$u" "$runs" "$(head -1 <<< "$sorted")" \
      "$(awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }' <<< "$sorted")" \
      "$(tail -1 <<< "$sorted")" "$(cut -d' ' -f1 /proc/loadavg)" >> "$timed"
  done
  echo "== load after the measured runs: $(uptime)"
  echo "resident memory after the runs: $(( $(ps -o rss= -p "$app_pid") / 1024 )) MB"
  echo
  echo "one request at a time (curl time_total, seconds):"
  echo "| page | runs | min | median | max | load (1 min) after |"
  echo "|---|---|---|---|---|---|"
  cat "$timed"
  echo "$started; commit $(git rev-parse --short HEAD); $(date -u +%Y-%m-%d)"
  exit 0
fi

echo "== warming up ($warmup per page)"
for u in "${urls[@]}"; do
  wrk -t2 -c16 -d"$warmup" --timeout 30s -H "$cookie" "$base$u" > /dev/null
  sleep 5
done

wait_for_quiet
echo "== load before the measured runs: $(uptime)"

results="$work/results"
: > "$results"
for u in "${urls[@]}"; do
  echo "== wrk -t2 -c16 -d$duration --latency $u"
  out=$(wrk -t2 -c16 -d"$duration" --latency --timeout 30s -s "$lua" -H "$cookie" "$base$u")
  echo "$out"
  rps=$(sed -n 's/^Requests\/sec: *//p' <<< "$out")
  p() { sed -n "s/^p$1: \\(.*\\) ms$/\\1/p" <<< "$out"; }
  bad=$(sed -n 's/.*not 200: \([0-9]*\);.*/\1/p' <<< "$out")
  sock=$(sed -n 's/.*socket errors: connect \([0-9]*\) read \([0-9]*\) write \([0-9]*\) timeout \([0-9]*\)/\1+\2+\3+\4/p' <<< "$out")
  printf '| `%s` | %s | %s | %s | %s | %s | %s | %s |\n' "$u" "$rps" "$(p 50)" "$(p 95)" "$(p 99)" "$bad" "$(( sock ))" \
    "$(cut -d' ' -f1 /proc/loadavg)" >> "$results"
  sleep 5 # let requests still being served finish before the next page
done
# each page's latency as one person sees it, without 16 requests queueing
single="$work/single"
: > "$single"
for u in "${urls[@]}"; do
  echo "== wrk -t1 -c1 -d$single_duration --latency $u (one client)"
  out=$(wrk -t1 -c1 -d"$single_duration" --latency --timeout 30s -s "$lua" -H "$cookie" "$base$u")
  echo "$out"
  p() { sed -n "s/^p$1: \\(.*\\) ms$/\\1/p" <<< "$out"; }
  printf '| `%s` | %s | %s | %s | %s | %s |\n' "$u" "$(sed -n 's/^Requests\/sec: *//p' <<< "$out")" "$(p 50)" "$(p 95)" "$(p 99)" \
    "$(cut -d' ' -f1 /proc/loadavg)" >> "$single"
  sleep 2
done
echo "== load after the measured runs: $(uptime)"
echo "resident memory after the runs: $(( $(ps -o rss= -p "$app_pid") / 1024 )) MB"

echo
echo "| page | requests/s | p50 ms | p95 ms | p99 ms | not 200 | socket errors | load (1 min) after |"
echo "|---|---|---|---|---|---|---|---|"
cat "$results"
echo
echo "one client (wrk -t1 -c1 -d$single_duration):"
echo "| page | requests/s | p50 ms | p95 ms | p99 ms | load (1 min) after |"
echo "|---|---|---|---|---|---|"
cat "$single"
echo "$started; commit $(git rev-parse --short HEAD); $(date -u +%Y-%m-%d)"
