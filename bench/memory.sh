#!/usr/bin/env bash
# What the server's memory holds after the benchmark's load, in one command: starts the server as bench/run.sh does
# (H2, the AOT cache, JVM options from HEAP), replays that load (each of run.sh's seven endpoints in three rounds,
# invitations, three times /me's capacity, /me again), then prints the resident memory, the JVM's native memory
# summary and the classes still reachable after a full collection. Not part of the test command.
#
#   bench/memory.sh                                   # -Xmx256m, as the benchmark runs
#   HEAP="-Xmx256m -XX:+UseSerialGC" bench/memory.sh  # another collector
#   SKIP_BUILD=1 bench/memory.sh                      # the jar already built
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
HEAP=${HEAP:--Xmx256m}
AOT=${AOT-"-XX:AOTCache=$PWD/org-app/target/org-app.aot"}
ORGS=${ORGS:-10000}
MEMBERS=${MEMBERS:-10000}
DEEP=$((MEMBERS * 9 / 10))
PORT=${PORT:-18080}
BASE="http://127.0.0.1:$PORT"
WORK="$PWD/bench/work/memory"
SEED="$WORK/seed-$ORGS-$MEMBERS"
RUN="$WORK/run"
log() { echo "[memory] $*" >&2; }

if [ -z "${SKIP_BUILD:-}" ]; then
    log "building"
    mvn -B -q package -DskipTests > "$WORK.build.log" 2>&1 || { cat "$WORK.build.log" >&2; exit 1; }
fi
mkdir -p "$WORK/classes"
"$JAVA_HOME/bin/javac" -d "$WORK/classes" bench/LoadGenerator.java
CP="$PWD/org-app/target/libs/*"
. bench/common.sh

PID=
stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi; PID=; }
trap stop EXIT
start() {
    env "${BENCH_SERVER_ENV[@]}" ORG_DB_URL="jdbc:h2:file:$RUN/orgkit;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE" \
        ORG_DB_USER=sa ORG_DB_PASSWORD= ORG_DATA_DIR="$RUN" SERVER_PORT=$PORT "$JAVA" $HEAP -XX:+ExitOnOutOfMemoryError -XX:NativeMemoryTracking=summary $AOT \
        -jar org-app/target/org-app.jar start-dev > "$RUN/server.log" 2>&1 &
    PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/auth/session")" = "401" ]; do
        kill -0 "$PID" 2>/dev/null || { log "the server died at start-up:"; tail -n 25 "$RUN/server.log" >&2; exit 1; }
        sleep 0.1
    done
}

rm -rf "$RUN"; mkdir -p "$RUN"
if [ ! -f "$SEED/orgkit.mv.db" ]; then
    log "seeding $ORGS organizations and $MEMBERS members (once; kept in $SEED)"
    start
    "$JAVA" -cp "$CP" bench/Seed.java "jdbc:h2:file:$RUN/orgkit;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE" \
        sa "" "$ORGS" "$MEMBERS" "$DEEP" > "$RUN/seeded.txt"
    stop
    mkdir -p "$SEED"; cp "$RUN/orgkit.mv.db" "$RUN/seeded.txt" "$SEED/"
else
    cp "$SEED/orgkit.mv.db" "$SEED/seeded.txt" "$RUN/"
fi
start
MEMBER_DEEP=$(sed -n "s/^MEMBER_AT_$DEEP=//p" "$RUN/seeded.txt")
ORG_DEEP=$(sed -n "s/^ORG_AT_$DEEP=//p" "$RUN/seeded.txt")
bench_endpoints "$MEMBER_DEEP" "$ORG_DEEP"

log "load"
for round in 1 2 3; do
    for name in $ORDER; do echo "$round $name $(load closed "${URLS[$name]}" 4 8 "${AUTH[$name]}")"; done
done > "$RUN/load.txt"
RUN_ID=$(date +%s)
echo "invitations $(load closed "$BASE/api/organizations/invitations" 4 8 "X-Bench-Method:POST" \
    "X-Bench-Body:{\"email\":\"memory-$RUN_ID-{n}@invite.test\",\"role\":\"Viewer\"}" "Authorization:Bearer $SESSION")" >> "$RUN/load.txt"
ME_RPS=$(grep " me-session " "$RUN/load.txt" | sed -E 's/.*rps=([0-9.]+).*/\1/' | median)
echo "overload $(load open "${URLS[me-session]}" 4 "$(echo "$ME_RPS" | awk '{printf "%d", $1 * 3}')" "${AUTH[me-session]}")" >> "$RUN/load.txt"
echo "after $(load closed "${URLS[me-session]}" 4 8 "${AUTH[me-session]}")" >> "$RUN/load.txt"
REQUESTS=$(awk '{for (i = 1; i <= NF; i++) { if ($i ~ /^ok=/ && $0 !~ /overload/) { split($i, a, "="); s += a[2] * 4 }
    if ($i ~ /^answered=/) { split($i, a, "="); s += a[2] } }} END {printf "%d", s}' "$RUN/load.txt")

echo "# Memory after the benchmark's load, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo
echo "JVM options: $HEAP $AOT. Data: $ORGS organizations, $MEMBERS members (H2). Requests answered: about $REQUESTS."
echo
echo "Resident: $(grep -E 'VmRSS|RssAnon|RssFile' /proc/$PID/status | tr -s ' \t' ' ' | tr '\n' ';' | sed 's/;$//')"
echo
echo '```'
"$JAVA_HOME/bin/jcmd" "$PID" VM.native_memory summary | grep -E '^Total|^-' | sed -E 's/reserved=[0-9]+KB, //'
"$JAVA_HOME/bin/jcmd" "$PID" GC.class_histogram > "$RUN/histogram.txt"
echo
echo "After a full collection:"
"$JAVA_HOME/bin/jcmd" "$PID" GC.heap_info | grep -v "^$PID:"
echo
head -n 23 "$RUN/histogram.txt" | tail -n 20
echo
echo "The module's own classes still reachable:"
grep -E ' io\.orgkit\.' "$RUN/histogram.txt" > "$RUN/module.txt" || echo "(none)"
head -n 10 "$RUN/module.txt"
echo '```'
