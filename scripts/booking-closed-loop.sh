#!/usr/bin/env bash
# Issue 16: the booking path as a closed-loop benchmark beside PostgreSQL's own limit, on the same machine in the same
# run. First pgbench's simple-update script (-N) with 16 clients for DURATION seconds on a scratch database; then the
# application (jar, postgres profile, no demo data) with CLIENTS practitioners signed in, each booking SESSIONS
# sessions of CAPACITY places one after another as fast as the answers come (wrk, one connection per practitioner,
# POST /training/sessions/{id}/book with the form's token; every practitioner books the same session at the same
# moment, so each session fills and the rest wait); then checks in PostgreSQL that no session is over capacity,
# `taken` matches the confirmed bookings, waiting positions have no gaps and nobody is booked twice. Prints one table.
#   scripts/booking-closed-loop.sh      # CLIENTS=16 DURATION=20 SESSIONS=4000 CAPACITY=10
#   CLOSED_SPREAD=1 scripts/booking-closed-loop.sh   # each practitioner starts at its own place: little contention
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), psql, pgbench, curl, wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-20}
SESSIONS=${SESSIONS:-4000}
CAPACITY=${CAPACITY:-10}
port=8094
base="http://127.0.0.1:$port"
db=hub_closed
work=$(mktemp -d)
app_pid=
PASSWORD='Rush-hour-2026!'
PASSWORD_HASH='{bcrypt}$2a$04$hTv69h/glhbBz0hoCVna0Okj3aipOQpbjQ3z72Q6Si44cOgacA34.' # cost 4, as scripts/booking-rush.sh
for tool in pgbench wrk psql curl; do command -v $tool >/dev/null || { echo "$tool is not installed" >&2; exit 1; }; done
stop_app() { [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; }
trap 'stop_app; echo "(logs: $work)"' EXIT
q() { psql -qtAX -v ON_ERROR_STOP=1 -d "$db" -c "$1"; }

echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== pgbench simple-update, $CLIENTS clients, ${DURATION} s"
psql -qX -d postgres -c "drop database if exists hub_pgbench" -c "create database hub_pgbench" 2>&1 | grep -v skipping || true
pgbench -q -i -s 10 hub_pgbench > "$work/pgbench-init.txt" 2>&1
pgbench -N -c "$CLIENTS" -j 2 -T "$DURATION" hub_pgbench > "$work/pgbench.txt" 2>&1
pg_tps=$(grep -o 'tps = [0-9.]*' "$work/pgbench.txt" | head -1 | cut -d' ' -f3)
echo "pgbench: $pg_tps tps"

jar=$(ls target/partnership-hub-*.jar 2>/dev/null | head -1 || true)
[[ -n "$jar" ]] || { ./mvnw -q -DskipTests package; jar=$(ls target/partnership-hub-*.jar | head -1); }
psql -qX -d postgres -c "drop database if exists $db" -c "create database $db" 2>&1 | grep -v skipping || true
echo "== starting $jar"
"$JAVA_HOME/bin/java" -Xss512k -Xmx512m -jar "$jar" --spring.profiles.active=postgres \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres \
  --server.port=$port --server.address=127.0.0.1 --hub.demo-data=false --hub.base-url="$base" > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break; kill -0 $app_pid || { tail -30 "$work/app.log"; exit 1; }; sleep 1; done

echo "== seeding $CLIENTS practitioners and $SESSIONS sessions of $CAPACITY places"
psql -qX -v ON_ERROR_STOP=1 -d "$db" -v clients="$CLIENTS" -v sessions="$SESSIONS" -v capacity="$CAPACITY" -v hash="$PASSWORD_HASH" <<'SQL'
insert into organisation (name, org_type, active, created_at) values ('Closed-loop agency', 'OTHER', true, current_timestamp);
insert into user_account (email, full_name, job_title, organisation_id, status, password_hash, must_change_password, created_at, version)
select 'closed-' || lpad(i::text, 3, '0') || '@rush.invalid', 'Practitioner ' || i, 'Practitioner',
       (select id from organisation where name = 'Closed-loop agency'), 'ACTIVE', :'hash', false, current_timestamp, 0
from generate_series(1, :clients) i;
insert into user_role (user_id, role, granted_at) select id, 'PRACTITIONER', current_timestamp from user_account where email like 'closed-%';
insert into training_course (title, summary, format, provider, requires_approval, created_at, version)
values ('Closed-loop course', 'Booked again and again.', 'IN_PERSON', 'Northshire SCP', false, current_timestamp, 0);
insert into training_session (course_id, starts_at, ends_at, venue, capacity, booking_deadline, taken, waiting_seq, status, created_at, version)
select (select id from training_course where title = 'Closed-loop course'), date_trunc('day', current_timestamp) + interval '30 days 9 hours',
       date_trunc('day', current_timestamp) + interval '30 days 12 hours', 'County Hall', :capacity, current_date + 25, 0, 0, 'SCHEDULED',
       current_timestamp, 0
from generate_series(1, :sessions);
SQL
q "select id from training_session order by id" > "$work/sessions.txt"
first=$(head -1 "$work/sessions.txt")

echo "== signing in"
: > "$work/credentials.txt"
for i in $(seq 1 "$CLIENTS"); do
  jar_cookies="$work/cookies-$i"
  email="closed-$(printf '%03d' "$i")@rush.invalid"
  csrf=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar_cookies" -b "$jar_cookies" -o /dev/null --data-urlencode "email=$email" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$base/sign-in"
  token=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/training/sessions/$first/book" | grep -o 'name="_csrf" value="[^"]*"' | tail -1 | sed 's/.*value="//;s/"$//')
  session=$(awk '$6 == "HUBSESSION" { print $7 }' "$jar_cookies")
  [[ -n "$session" && -n "$token" ]] || { echo "practitioner $i could not sign in" >&2; exit 1; }
  printf '%s %s\n' "$session" "$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$token")" >> "$work/credentials.txt"
done

echo "== warm-up: the same loop on the last 400 sessions for 10 s"
tail -400 "$work/sessions.txt" > "$work/warm.txt"
CLOSED_SESSIONS="$work/warm.txt" CLOSED_CREDENTIALS="$work/credentials.txt" wrk -t"$CLIENTS" -c"$CLIENTS" -d10s -s scripts/booking-closed-loop.lua "$base/" > "$work/warm-wrk.txt" 2>&1 || true
head -n -400 "$work/sessions.txt" > "$work/measured.txt"
before=$(q "select count(*) from training_booking")
echo "== measured: $CLIENTS practitioners, ${DURATION} s"
CLOSED_CLIENTS="$CLIENTS" CLOSED_SESSIONS="$work/measured.txt" CLOSED_CREDENTIALS="$work/credentials.txt" wrk -t"$CLIENTS" -c"$CLIENTS" -d"${DURATION}s" -s scripts/booking-closed-loop.lua "$base/" > "$work/wrk.txt" 2>&1
line=$(grep '^CLOSED' "$work/wrk.txt")
after=$(q "select count(*) from training_booking")
booked=$(( after - before ))
secs=$(sed 's/.*seconds=\([0-9.]*\).*/\1/' <<< "$line")
errors=$(sed 's/.*errors=\([0-9]*\).*/\1/' <<< "$line")
book_tps=$(awk -v b="$booked" -v s="$secs" 'BEGIN { printf "%.0f", b / s }')
ratio=$(awk -v b="$book_tps" -v p="$pg_tps" 'BEGIN { printf "%.0f", 100 * b / p }')
over=$(q "select count(*) from training_session s where (select count(*) from training_booking b where b.session_id = s.id and b.status = 'CONFIRMED') > s.capacity")
mismatch=$(q "select count(*) from training_session s where s.taken <> (select count(*) from training_booking b where b.session_id = s.id and b.status = 'CONFIRMED')")
twice=$(q "select count(*) from (select session_id, person_id from training_booking group by session_id, person_id having count(*) > 1) d")
gaps=$(q "select count(*) from (select session_id, count(*) n, max(waiting_position) m from training_booking where status = 'WAITING' group by session_id) w where n <> m")
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| figure | value | target | met? |"
echo "|---|---|---|---|"
echo "| pgbench simple-update, $CLIENTS clients | $pg_tps tps | | |"
echo "| bookings, $CLIENTS practitioners in a closed loop | $book_tps per second ($booked in $secs s; $line) | >= 50% of pgbench | $ratio% $( (( ratio >= 50 )) && echo yes || echo no) |"
echo "| answers other than the redirect to My bookings | $errors | 0 | $( [[ $errors == 0 ]] && echo yes || echo no) |"
echo "| sessions over capacity | $over | 0 | $( [[ $over == 0 ]] && echo yes || echo no) |"
echo "| sessions whose taken differs from the confirmed bookings | $mismatch | 0 | $( [[ $mismatch == 0 ]] && echo yes || echo no) |"
echo "| practitioners booked twice on a session | $twice | 0 | $( [[ $twice == 0 ]] && echo yes || echo no) |"
echo "| sessions with gaps in the waiting positions | $gaps | 0 | $( [[ $gaps == 0 ]] && echo yes || echo no) |"
