#!/usr/bin/env bash
# A booking rush on PostgreSQL: new dates are published and 2,000 practitioners try to book one session within a
# minute. Creates the database afresh, starts the application jar on it, seeds the practitioners and the session,
# runs the Gatling simulation in load/ (a standalone Maven project, not part of the main build), then checks in
# PostgreSQL that nobody was booked over capacity and nobody twice, and stops the application.
#
#   scripts/booking-rush.sh                      # 2,000 practitioners within 60 s, one session of 30 places
#   USERS=500 DURATION=30 CAPACITY=10 scripts/booking-rush.sh
#
# Settings (environment): USERS (2000), DURATION seconds (60), CAPACITY (30), AGENCIES (20), WARMUP_USERS (200, 0 for
# none) within WARMUP_DURATION seconds (20) on a separate session before the rush, PORT (8091),
# RUSH_DB (hub_rush), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), JAVA_HOME (a JDK 21+).
# Needs a running PostgreSQL server that PGUSER may create databases on, psql, python3 (to read the report) and curl.
# Output: load/target/gatling/<run>/index.html (the Gatling report) and target/booking-rush/ (application log, samples).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

USERS=${USERS:-2000}
DURATION=${DURATION:-60}
CAPACITY=${CAPACITY:-30}
AGENCIES=${AGENCIES:-20}
WARMUP_USERS=${WARMUP_USERS:-200}
WARMUP_DURATION=${WARMUP_DURATION:-20}
PORT=${PORT:-8091}
RUSH_DB=${RUSH_DB:-hub_rush}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BASE_URL="http://127.0.0.1:${PORT}"
# One password for every rush account, stored as a cost-4 bcrypt hash: 2,000 sign-ins at the real cost (10) would
# spend the whole run in bcrypt on a small machine and measure nothing else. Made once with
# new BCryptPasswordEncoder(4).encode("Rush-hour-2026!").
PASSWORD='Rush-hour-2026!'
PASSWORD_HASH='{bcrypt}$2a$04$hTv69h/glhbBz0hoCVna0Okj3aipOQpbjQ3z72Q6Si44cOgacA34.'

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
OUT="$ROOT/target/booking-rush"
log() { printf '\n==> %s\n' "$*"; }
sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$RUSH_DB" "$@"; }

# 1. The application jar.
JAR=$(ls target/partnership-hub-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [ -z "$JAR" ]; then
  log "Building the application jar"
  ./mvnw -q -DskipTests package
  JAR=$(ls target/partnership-hub-*.jar | grep -v -- '-plain' | head -1)
fi
mkdir -p "$OUT"

# 2. A fresh database.
log "Creating database $RUSH_DB afresh on $PGHOST:$PGPORT"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $RUSH_DB" -c "create database $RUSH_DB"

# 3. The application (its migrations create the schema). No demo partnership: the rush brings its own people.
#    Every virtual practitioner comes from 127.0.0.1, so the sign-in throttle (per address: 4 x max-failed-sign-ins
#    failures in 15 minutes, then 429 for everyone from that address) is raised: once the application is overloaded,
#    sign-ins that time out count as failures and would otherwise lock the whole crowd out, which measures the throttle.
log "Starting $JAR on port $PORT"
APP_PID=""
SAMPLER_PID=""
stop_all() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    echo "Stopping the application (pid $APP_PID)"
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
}
trap stop_all EXIT
"$JAVA" -jar "$JAR" \
  --spring.profiles.active=postgres \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$RUSH_DB" \
  --spring.datasource.username="$PGUSER" \
  --server.port="$PORT" --server.address=127.0.0.1 \
  --hub.demo-data=false --hub.base-url="$BASE_URL" \
  --hub.security.max-failed-sign-ins=1000000 \
  >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  if curl -fs "$BASE_URL/actuator/health/readiness" >/dev/null 2>&1; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "The application stopped; see $OUT/app.log" >&2; tail -30 "$OUT/app.log" >&2; exit 1; }
  sleep 1
done
curl -fs "$BASE_URL/actuator/health/readiness" >/dev/null || { echo "The application did not become ready" >&2; exit 1; }

# 4. Practitioners spread over agencies, and the newly published session. A smaller warm-up crowd (other accounts,
#    another session) first brings the application's JVM up to speed, as it would be after running for a while.
log "Seeding $USERS practitioners (+ $WARMUP_USERS for the warm-up) in $AGENCIES agencies and one session of $CAPACITY places"
SESSIONS=$(sql -t -A -v users="$USERS" -v warmup="$WARMUP_USERS" -v agencies="$AGENCIES" -v capacity="$CAPACITY" -v hash="$PASSWORD_HASH" <<'SQL'
insert into organisation (name, org_type, active, created_at)
select 'Rush agency ' || lpad(a::text, 2, '0'), 'OTHER', true, current_timestamp from generate_series(1, :agencies) a;
insert into user_account (email, full_name, job_title, organisation_id, status, password_hash, must_change_password, created_at, version)
select prefix || lpad(i::text, 5, '0') || '@rush.invalid', 'Practitioner ' || prefix || i, 'Practitioner',
       (select id from organisation where name = 'Rush agency ' || lpad((1 + i % :agencies)::text, 2, '0')),
       'ACTIVE', :'hash', false, current_timestamp, 0
from (select 'rush-' as prefix, i from generate_series(1, :users) i
      union all select 'warm-', i from generate_series(1, :warmup) i) p;
insert into user_role (user_id, role, granted_at)
select id, 'PRACTITIONER', current_timestamp from user_account where email like '%@rush.invalid';
insert into training_course (title, summary, format, provider, requires_approval, created_at, version)
values ('Warm-up course', 'Booked by the warm-up crowd before the rush.', 'ONLINE', 'Northshire SCP', false, current_timestamp, 0),
       ('Recognising neglect', 'Spotting the signs of neglect early and what to do next.', 'IN_PERSON', 'Northshire SCP', false,
        current_timestamp, 0);
insert into training_session (course_id, starts_at, ends_at, venue, capacity, booking_deadline, taken, waiting_seq, status, created_at, version)
select id, date_trunc('day', current_timestamp) + interval '30 days 9 hours', date_trunc('day', current_timestamp) + interval '30 days 12 hours',
       case when title = 'Warm-up course' then null else 'County Hall, Committee Room 2' end, :capacity, current_date + 25, 0, 0,
       'SCHEDULED', current_timestamp, 0
from training_course order by id;
select string_agg(s.id::text, ' ' order by c.id) from training_session s join training_course c on c.id = s.course_id;
SQL
)
read -r WARMUP_SESSION_ID SESSION_ID <<<"$SESSIONS"
echo "Warm-up session $WARMUP_SESSION_ID, rush session $SESSION_ID"

gatling() { # users duration sessionId emailPattern
  ./mvnw -q -f load/pom.xml gatling:test -Dusers="$1" -Dduration="$2" -DbaseUrl="$BASE_URL" -DsessionId="$3" -DemailPattern="$4" \
    -Dpassword="$PASSWORD"
}
if [ "$WARMUP_USERS" -gt 0 ]; then
  log "Warm-up: $WARMUP_USERS practitioners within ${WARMUP_DURATION}s on session $WARMUP_SESSION_ID"
  gatling "$WARMUP_USERS" "$WARMUP_DURATION" "$WARMUP_SESSION_ID" 'warm-%05d@rush.invalid' >"$OUT/warmup.log" 2>&1 \
    || { echo "The warm-up failed; see $OUT/warmup.log" >&2; tail -40 "$OUT/warmup.log" >&2; }
  sleep 5
fi

# 5. Samples while the rush runs, each second: the load average, the application's CPU (100 = one core) and the
#    state of its PostgreSQL connections: the wait event of those running a statement ("CPU:-" = running, not waiting)
#    or "idle in transaction" (the transaction is open and PostgreSQL waits for the application), with the last query.
(
  set +e
  ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat" 2>/dev/null || echo 0; }
  hz=$(getconf CLK_TCK); before=$(ticks); then_ms=$(date +%s%3N)
  while true; do
    sleep 1
    now=$(ticks); now_ms=$(date +%s%3N)
    printf '%s load=%s app_cpu=%s\n' "$(date +%T)" "$(cut -d' ' -f1 /proc/loadavg)" "$(( (now - before) * 100000 / hz / (now_ms - then_ms) ))"
    before=$now; then_ms=$now_ms
    psql -X -t -A -d "$RUSH_DB" -c "select w || chr(9) || count(*) from (
        select case when state = 'active' then coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-') else state end
               || ' | ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 70) as w
        from pg_stat_activity where datname = '$RUSH_DB' and state in ('active', 'idle in transaction') and pid <> pg_backend_pid()
      ) a group by w order by w" 2>/dev/null
  done
) >"$OUT/samples.txt" 2>&1 &
SAMPLER_PID=$!

# 6. The rush.
log "Gatling: $USERS practitioners within ${DURATION}s against $BASE_URL, session $SESSION_ID"
echo "uptime before the run: $(uptime)"
set +e
gatling "$USERS" "$DURATION" "$SESSION_ID" 'rush-%05d@rush.invalid' 2>&1 | tee "$OUT/gatling.log"
GATLING_STATUS=${PIPESTATUS[0]}
set -e
kill "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
echo "uptime after the run: $(uptime)"

# 7. The figures from the report's statistics table (Gatling 3.15 keeps them only in index.html).
REPORT=$(ls -td load/target/gatling/bookingrushsimulation-*/ 2>/dev/null | head -1 || true)
if [ -n "$REPORT" ] && [ -f "$REPORT/index.html" ]; then
  log "Figures, response times in ms (report: ${REPORT}index.html)"
  python3 - "$REPORT/index.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
print(f"{'request':<30}{'count':>7}{'KO':>5}{'req/s':>8}{'p50':>7}{'p75':>7}{'p95':>7}{'p99':>7}{'max':>7}{'mean':>7}")
for row in re.findall(r'<tr id="[^"]+"[^>]*>(.*?)</tr>', html, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cells = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row))
    if name and cells:
        c = lambda i: cells.get(str(i), "-")
        print(f"{name.group(1):<30}{c(2):>7}{c(4):>5}{c(6):>8}{c(8):>7}{c(9):>7}{c(10):>7}{c(11):>7}{c(12):>7}{c(13):>7}")
PY
fi

# 8. What PostgreSQL says: nobody over capacity, nobody twice, waiting positions 1..n without gaps.
log "Bookings in PostgreSQL"
sql <<SQL
select s.id as session, s.capacity, s.taken,
       count(*) filter (where b.status = 'CONFIRMED') as confirmed,
       count(*) filter (where b.status = 'WAITING') as waiting,
       greatest(count(*) filter (where b.status = 'CONFIRMED') - s.capacity, 0) as over_booked,
       coalesce(max(b.waiting_position), 0) as max_waiting_position,
       count(distinct b.waiting_position) filter (where b.status = 'WAITING') as distinct_waiting_positions
from training_session s left join training_booking b on b.session_id = s.id
group by s.id, s.capacity, s.taken order by s.id;
select count(*) as duplicate_session_person_pairs
from (select session_id, person_id from training_booking group by 1, 2 having count(*) > 1) d;
select count(*) as signed_in_practitioners from user_account where email like 'rush-%@rush.invalid' and last_sign_in_at is not null;
select action, count(*) as audit_entries from audit_entry group by action order by action;
SQL
VERDICT=$(sql -t -A <<SQL
select case when bool_and(confirmed <= capacity and confirmed = least(capacity, confirmed + waiting) and confirmed = taken
                          and max_pos = waiting and distinct_pos = waiting)
             and (select count(*) from (select 1 from training_booking group by session_id, person_id having count(*) > 1) d) = 0
            then 'OK' else 'FAILED' end
from (select s.capacity, s.taken, count(*) filter (where b.status = 'CONFIRMED') as confirmed,
             count(*) filter (where b.status = 'WAITING') as waiting, coalesce(max(b.waiting_position), 0) as max_pos,
             count(distinct b.waiting_position) filter (where b.status = 'WAITING') as distinct_pos
      from training_session s left join training_booking b on b.session_id = s.id group by s.id, s.capacity, s.taken) x;
SQL
)
echo "Consistency (confirmed = min(capacity, bookings) = taken, waiting positions exactly 1..n, no duplicates): $VERDICT"

log "What the application's PostgreSQL connections were doing (summed over the samples; CPU:- = running in PostgreSQL, "idle in transaction" = waiting for the application; the query is the last one sent)"
awk -F'\t' 'NF == 2 { total[$1] += $2 } END { for (w in total) printf "%8d  %s\n", total[w], w }' "$OUT/samples.txt" \
  | sort -rn | head -12
echo "Samples: $OUT/samples.txt"

[ "$VERDICT" = OK ] || exit 1
exit "$GATLING_STATUS"
