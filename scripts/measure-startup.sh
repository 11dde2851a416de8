#!/usr/bin/env bash
# Measures start-up time and resident memory of the embedded (H2) mode, as a new user runs it.
# Usage: scripts/measure-startup.sh [runs]   (builds the jar first; each run starts on an empty ./data directory)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
# the same JVM options as ./mvnw spring-boot:run (pom.xml, spring-boot-maven-plugin jvmArguments)
opts=${HUB_JVM_OPTS:-"-XX:+UseSerialGC -Xss512k -Xmx256m -XX:TieredStopAtLevel=1"}
./mvnw -q -B package -DskipTests
jar=$(ls target/partnership-hub-*.jar | head -1)
work=$(mktemp -d)
for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  ( cd "$work" && exec java $opts -jar "$OLDPWD/$jar" --server.port=18080 > "$work/run-$i.log" 2>&1 ) &
  pid=$!
  for _ in $(seq 1 120); do
    grep -q "Started PartnershipHubApplication" "$work/run-$i.log" 2>/dev/null && break
    sleep 0.5
  done
  sleep 5   # let the demo data seeding and first requests settle before reading memory
  curl -s -o /dev/null "http://127.0.0.1:18080/sign-in"
  started=$(grep -o "Started PartnershipHubApplication in [0-9.]* seconds (process running for [0-9.]*)" "$work/run-$i.log")
  rss_kb=$(ps -o rss= -p "$(pgrep -P $pid java || echo $pid)" | tail -1)
  printf 'run %d: %s; resident memory %d MB\n' "$i" "$started" "$((rss_kb / 1024))"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
rm -rf "$work"
