#!/usr/bin/env bash
# The benchmark, in one command: builds the server, seeds data, drives HTTP load from a second process on loopback,
# and prints a table (also written to bench/results/). Not part of the test command.
#
#   bench/run.sh                     # both databases, full size (100,000 organizations and members)
#   DATABASES=h2 ROUNDS=3 bench/run.sh
#
# Machines here are shared and noisy, so it reports ratios between endpoints of the same server, measured in
# alternating rounds (A B A B ...), as median and range over the rounds.
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
ROUNDS=${ROUNDS:-5}
RUN_SECONDS=${RUN_SECONDS:-4}
CONCURRENCY=${CONCURRENCY:-8}
ORGS=${ORGS:-100000}
MEMBERS=${MEMBERS:-100000}
DEEP=${DEEP:-90000}
DATABASES=${DATABASES:-"h2 mariadb"}
HEAP=${HEAP:--Xmx256m}
PORT=${PORT:-18080}
BASE="http://127.0.0.1:$PORT"
WORK="$PWD/bench/work"
mkdir -p bench/results "$WORK"
OUT="bench/results/bench-$(date -u +%Y%m%dT%H%M%SZ).md"

log() { echo "[bench] $*" >&2; }

log "building"
mvn -B -q package -DskipTests > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
CP="$PWD/org-app/target/libs/*"
mkdir -p "$WORK/classes"
"$JAVA_HOME/bin/javac" -d "$WORK/classes" bench/LoadGenerator.java

. bench/common.sh
range() { sort -g | awk 'NR==1{min=$1} {max=$1} END {printf "%.2f–%.2f", min, max}'; }
field() { sed -E "s/(^|.* )$1=([0-9.]+|NaN).*/\2/"; }
latency() { # open-loop results, one per round -> "p50 X ms (a–b), p99 Y ms (a–b), errors E"
    local p50 p99 errors
    p50=$(printf '%s\n' "$@" | field p50); p99=$(printf '%s\n' "$@" | field p99)
    errors=$(printf '%s\n' "$@" | field errors | awk '{s += $1} END {print s}')
    echo "p50 $(echo "$p50" | median) ms ($(echo "$p50" | range)), p99 $(echo "$p99" | median) ms ($(echo "$p99" | range)), errors $errors"
}

SERVER_PID=
DEAD=
# Whether the server is still running; if not, the result says so with the end of its log (never a shell error), and
# the run goes on with the next database.
alive() {
    [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null && return 0
    local code=0
    wait "$SERVER_PID" 2>/dev/null || code=$?
    {
    echo "## $DB: the server died ($1, exit code $code)"
    echo
    echo "The last lines of its log ($WORK/$DB/server.log):"
    echo
    echo '```'
    tail -n 25 "$WORK/$DB/server.log" 2>/dev/null || echo "(no log)"
    echo '```'
    echo
    } | tee -a "$OUT"
    log "$DB: the server died ($1); see $WORK/$DB/server.log"
    SERVER_PID=
    DEAD="$DEAD $DB"
    return 1
}
stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=
}
trap stop_server EXIT

# The JDK's ahead-of-time cache the build writes (README); AOT= (empty) starts without it.
AOT=${AOT-"-XX:AOTCache=$PWD/org-app/target/org-app.aot"}

start_server() { # db url user password [jvm options] -> sets SERVER_PID and STARTUP_MS (no subshell: the PID must survive)
    local started now jvm_options=${5-$AOT}
    started=$(date +%s%N)
    env "${BENCH_SERVER_ENV[@]}" ORG_DB_URL="$2" ORG_DB_USER="$3" ORG_DB_PASSWORD="$4" ORG_DATA_DIR="$WORK/$1" \
        SERVER_PORT=$PORT "$JAVA" $HEAP -XX:+ExitOnOutOfMemoryError $jvm_options -jar org-app/target/org-app.jar start-dev > "$WORK/$1/server.log" 2>&1 &
    SERVER_PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/auth/session")" = "401" ]; do
        kill -0 "$SERVER_PID" 2>/dev/null || { log "server died at start-up; the end of $WORK/$1/server.log:"; tail -n 25 "$WORK/$1/server.log" >&2; exit 1; }
        sleep 0.05
    done
    now=$(date +%s%N)
    STARTUP_MS=$(( (now - started) / 1000000 ))
}

{
echo "# orgkit benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; Java $("$JAVA" -version 2>&1 | head -1); heap $HEAP."
echo "Data: $ORGS organizations; one organization with $MEMBERS members; deep pages start after item $DEEP."
echo "Load: closed loop, $CONCURRENCY connections, $RUN_SECONDS s per endpoint per round, $ROUNDS alternating rounds."
echo
} | tee "$OUT"

for DB in $DATABASES; do
    mkdir -p "$WORK/$DB"
    case "$DB" in
        h2)
            rm -rf "$WORK/h2"; mkdir -p "$WORK/h2"
            URL="jdbc:h2:file:$WORK/h2/orgkit;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE"; USER=sa; PASS="" ;;
        mariadb)
            mysql -h 127.0.0.1 -u root -e 'DROP DATABASE IF EXISTS orgkit_bench; CREATE DATABASE orgkit_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci'
            URL="jdbc:mariadb://127.0.0.1:3306/orgkit_bench"; USER=root; PASS="" ;;
    esac
    log "$DB: first start (migrations)"
    start_server "$DB" "$URL" "$USER" "$PASS"; FIRST_START=$STARTUP_MS
    log "$DB: seeding"
    SEEDED=$("$JAVA" -cp "$CP" bench/Seed.java "$URL" "$USER" "$PASS" "$ORGS" "$MEMBERS" "$DEEP")
    BIG_ORG=$(echo "$SEEDED" | sed -n 's/^BIG_ORG=//p')
    MEMBER_DEEP=$(echo "$SEEDED" | sed -n "s/^MEMBER_AT_$DEEP=//p")
    ORG_DEEP=$(echo "$SEEDED" | sed -n "s/^ORG_AT_$DEEP=//p")
    stop_server
    log "$DB: start without the AOT cache (to first request)"
    start_server "$DB" "$URL" "$USER" "$PASS" ""; START_NO_AOT=$STARTUP_MS
    stop_server
    log "$DB: start as README says (to first request)"
    start_server "$DB" "$URL" "$USER" "$PASS"; START=$STARTUP_MS

    bench_endpoints "$MEMBER_DEEP" "$ORG_DEEP"
    for name in $ORDER; do
        code=$(curl -s -o /dev/null -w '%{http_code}' -H "${AUTH[$name]/:/: }" "${URLS[$name]}")
        [ "$code" = "200" ] || { log "$name answers $code"; exit 1; }
    done

    alive "before the load" || continue
    log "$DB: warm-up"
    for name in $ORDER; do load closed "${URLS[$name]}" 2 "$CONCURRENCY" "${AUTH[$name]}" > /dev/null; done

    declare -A RPS=()
    for round in $(seq 1 "$ROUNDS"); do
        log "$DB: round $round/$ROUNDS"
        for name in $ORDER; do
            r=$(load closed "${URLS[$name]}" "$RUN_SECONDS" "$CONCURRENCY" "${AUTH[$name]}" | sed -E 's/rps=([0-9.]+).*/\1/')
            RPS[$name]="${RPS[$name]:-} $r"
        done
    done

    alive "during the throughput rounds" || continue
    # SQL statements per request, from the database itself, minus the idle rate: MariaDB's Questions counter (one
    # more for the query that reads it), or on H2 the statements its file trace logs (bench/H2Trace.java).
    declare -A SQL=()
    if [ "$DB" = "mariadb" ]; then
        questions() { mysql -h 127.0.0.1 -u root -N -e "SHOW GLOBAL STATUS LIKE 'Questions'" | awk '{print $2}'; }
        reader=1
    else
        "$JAVA" -cp "$CP" bench/H2Trace.java "$URL" "$USER" "$PASS" 3
        questions() { local c; c=$(grep -c '^/\*SQL' "$WORK/h2/orgkit.trace.db" 2>/dev/null) || true; echo "${c:-0}"; }
        reader=0
    fi
    q0=$(questions); sleep 3; q1=$(questions); idle_per_s=$(echo "($q1 - $q0 - $reader) / 3" | bc -l)
    for name in $ORDER; do
        n=100; t0=$(date +%s%N); q0=$(questions)
        for _ in $(seq 1 $n); do curl -s -o /dev/null -H "${AUTH[$name]/:/: }" "${URLS[$name]}"; done
        q1=$(questions); t1=$(date +%s%N)
        SQL[$name]=$(echo "($q1 - $q0 - $reader - $idle_per_s * ($t1 - $t0) / 1000000000) / $n" | bc -l | awk '{printf "%.1f", ($1 < 0 ? 0 : $1)}')
    done
    [ "$DB" = "mariadb" ] || "$JAVA" -cp "$CP" bench/H2Trace.java "$URL" "$USER" "$PASS" 0

    # Latency at half of the measured capacity: reads, and an invitation create, alternating over the rounds (one
    # window's p99 on a shared machine can be a neighbour's doing; the median and the range over rounds are not).
    ME_RPS=$(echo ${RPS[me-session]} | tr ' ' '\n' | median)
    HALF=$(echo "$ME_RPS" | awk '{v = $1 / 2; printf "%d", (v > 1 ? v : 1)}')
    RUN_ID=$(date +%s)
    INVITE=("X-Bench-Method:POST" "X-Bench-Body:{\"email\":\"bench-$RUN_ID-{n}@invite.test\",\"role\":\"Viewer\"}" "Authorization:Bearer $SESSION")
    INV_RPS=$(load closed "$BASE/api/organizations/invitations" "$RUN_SECONDS" "$CONCURRENCY" "${INVITE[@]}" | sed -E 's/rps=([0-9.]+).*/\1/')
    INV_HALF=$(echo "$INV_RPS" | awk '{v = $1 / 2; printf "%d", (v > 1 ? v : 1)}')
    READ_LAT=(); INV_LAT=()
    for round in $(seq 1 "$ROUNDS"); do
        READ_LAT+=("$(load open "${URLS[me-session]}" "$RUN_SECONDS" "$HALF" "${AUTH[me-session]}")")
        INVITE[1]="X-Bench-Body:{\"email\":\"bench-$RUN_ID-half-$round-{n}@invite.test\",\"role\":\"Viewer\"}"
        INV_LAT+=("$(load open "$BASE/api/organizations/invitations" "$RUN_SECONDS" "$INV_HALF" "${INVITE[@]}")")
    done
    alive "during the latency rounds" || continue
    # Overload: three times the capacity offered; the excess is refused with 503 or 429 (the admission limits, and
    # requests that waited past org.http.max-wait) and the server must serve at full rate again right after.
    OVER_RATE=$(echo "$ME_RPS" | awk '{printf "%d", $1 * 3}')
    OVER=$(load open "${URLS[me-session]}" "$RUN_SECONDS" "$OVER_RATE" "${AUTH[me-session]}")
    alive "under the overload" || continue
    # Requests the server accepted but had not served when the load stopped are still worked off (their clients have
    # gone): how long until a request is answered promptly again, then the throughput.
    drained=$(date +%s%N)
    for _ in $(seq 1 300); do
        # A refused or timed-out request (curl fails) is not "prompt".
        took=$(curl -s -m 5 -o /dev/null -w '%{time_total}' -H "${AUTH[me-session]/:/: }" "${URLS[me-session]}") || { took=99; sleep 0.1; }
        awk -v t="$took" 'BEGIN {exit !(t < 0.05)}' && break
    done
    RECOVERED_MS=$(( ($(date +%s%N) - drained) / 1000000 ))
    AFTER=$(load closed "${URLS[me-session]}" "$RUN_SECONDS" "$CONCURRENCY" "${AUTH[me-session]}")
    alive "after the overload" || continue
    RSS_MB=$(( $(ps -o rss= -p "$SERVER_PID" || echo 0) / 1024 ))
    stop_server

    {
    echo "## $DB"
    echo
    echo "Start-up to first served request: ${START} ms as README starts it${AOT:+ (with the AOT cache)}, ${START_NO_AOT} ms without the AOT cache (first start with migrations: ${FIRST_START} ms). Resident memory after the load: ${RSS_MB} MiB."
    echo
    echo "| endpoint | req/s (median) | cost vs baseline (median, range) | SQL statements per request |"
    echo "|---|---|---|---|"
    for name in $ORDER; do
        med=$(echo ${RPS[$name]} | tr ' ' '\n' | median)
        ratios=$(paste <(echo ${RPS[baseline]} | tr ' ' '\n') <(echo ${RPS[$name]} | tr ' ' '\n') | awk '{printf "%.3f\n", $1/$2}')
        echo "| $name | $med | $(echo "$ratios" | median) ($(echo "$ratios" | range)) | ${SQL[$name]} |"
    done
    deep_m=$(paste <(echo ${RPS[members-first]} | tr ' ' '\n') <(echo ${RPS[members-deep]} | tr ' ' '\n') | awk '{printf "%.3f\n", $1/$2}')
    deep_o=$(paste <(echo ${RPS[orgs-first]} | tr ' ' '\n') <(echo ${RPS[orgs-deep]} | tr ' ' '\n') | awk '{printf "%.3f\n", $1/$2}')
    echo
    echo "Deep page cost vs first page: members $(echo "$deep_m" | median) ($(echo "$deep_m" | range)), organizations $(echo "$deep_o" | median) ($(echo "$deep_o" | range))."
    echo
    echo "Latency at half capacity (open loop, fixed arrival rate, $ROUNDS rounds of $RUN_SECONDS s, median (range)):"
    echo "GET /me with a session at $HALF req/s: $(latency "${READ_LAT[@]}");"
    echo "POST invitation (capacity $INV_RPS req/s) at $INV_HALF req/s: $(latency "${INV_LAT[@]}")."
    echo
    over() { echo "$OVER" | field "$1"; }
    echo "Overload, GET /me offered at $OVER_RATE req/s (3× capacity) for $RUN_SECONDS s: $(over n) requests, $(over answered) answered (p99 $(over p99answered) ms), $(over shed) shed with 429/503 (p99 $(over p99shed) ms), $(over failed) failed (time-outs or other errors);"
    echo "answered promptly again ${RECOVERED_MS} ms after the load stopped, then: $AFTER."
    echo
    } | tee -a "$OUT"
    unset URLS AUTH RPS SQL
done
log "written to $OUT"
if [ -n "$DEAD" ]; then
    log "the server died on:$DEAD"
    exit 1
fi
