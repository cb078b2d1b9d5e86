#!/usr/bin/env bash
# orgkit against Keycloak, in one command: fetches the Keycloak distribution through Maven (once, into bench/cache/,
# which git ignores), starts Keycloak with its Organizations feature and this server on the same database kind, the
# same JDK and the same heap cap, seeds the same data into each through its own API or JDBC, and reports the same
# operations measured in interleaved rounds (orgkit, Keycloak, then Keycloak, orgkit, ...) as ratios orgkit/Keycloak,
# median and range over the rounds. Separate from bench/run.sh, which needs nothing from outside the repository.
#
#   bench/keycloak.sh                                                  # H2 and MariaDB, 4 rounds, 10,000 members
#   DATABASES=h2 ROUNDS=2 RUN_SECONDS=3 MEMBERS=1000 bench/keycloak.sh # a quick check (a few minutes)
#
# Keycloak runs as its documentation says for production (kc.sh build, then start --optimized), with a local cache
# (one node) and its default JVM options but for the heap; orgkit as README says (start-dev, the AOT cache), with the
# invitation emails sent to an SMTP server instead of the log. Both send their emails to bench/SmtpSink.java.
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
KC_VERSION=${KC_VERSION:-26.5.6}
ROUNDS=${ROUNDS:-4}
RUN_SECONDS=${RUN_SECONDS:-4}
WARM_SECONDS=${WARM_SECONDS:-3}
CONCURRENCY=${CONCURRENCY:-16}
ORGS=${ORGS:-1000}
MEMBERS=${MEMBERS:-10000}
DEEP=${DEEP:-$((MEMBERS * 9 / 10))}
DATABASES=${DATABASES:-"h2 mariadb"}
HEAP=${HEAP:--Xmx256m}
ORG_PORT=${ORG_PORT:-18480}
KC_PORT=${KC_PORT:-18481}
SMTP_ORG=${SMTP_ORG:-18425}
SMTP_KC=$((SMTP_ORG + 1))
# MariaDB at 127.0.0.1:3306; each server gets a database of its own, dropped and created afresh.
MARIADB_USER=${MARIADB_USER:-root}
ORG_DATABASE=${ORG_DATABASE:-orgkit_hkeycloak}
KC_DATABASE=${KC_DATABASE:-keycloak_hk}
SKIP_BUILD=${SKIP_BUILD:-} # non-empty: use the org-app.jar (and AOT cache) already built
ORG_BASE="http://127.0.0.1:$ORG_PORT"
KC_BASE="http://127.0.0.1:$KC_PORT"
KC_REALM=bench
KC_ADMIN=bench-kc-admin
KC_ADMIN_PASSWORD=bench-kc-password
CACHE="$PWD/bench/cache"
WORK="$PWD/bench/work/keycloak"
mkdir -p bench/results "$WORK" "$CACHE"
OUT="bench/results/keycloak-$(date -u +%Y%m%dT%H%M%SZ).md"
RUN_ID=$(date +%s)

log() { echo "[keycloak-bench] $*" >&2; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
range() { sort -g | awk 'NR==1{min=$1} {max=$1} END {printf "%.2f–%.2f", min, max}'; }
field() { sed -E "s/(^|.* )$1=([0-9.]+|NaN).*/\2/"; }
cursor() { printf 'v1:%s' "$1" | base64 -w0 | tr '+/' '-_' | tr -d '='; }
json() { sed -E "s/.*\"$1\":\"([^\"]+)\".*/\1/"; }

ZIP="$CACHE/keycloak-quarkus-dist-$KC_VERSION.zip"
if [ ! -s "$ZIP" ]; then
    log "fetching Keycloak $KC_VERSION through Maven"
    mvn -B -q -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
        -DoutputDirectory="$CACHE" > "$WORK/fetch.log" 2>&1 || { cat "$WORK/fetch.log" >&2; exit 1; }
fi
if [ -z "$SKIP_BUILD" ]; then
    log "building orgkit"
    mvn -B -q package -DskipTests > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
fi
CP="$PWD/org-app/target/libs/*"
mkdir -p "$WORK/classes"
"$JAVA_HOME/bin/javac" -d "$WORK/classes" bench/LoadGenerator.java bench/SmtpSink.java bench/KeycloakSeed.java
load() { "$JAVA" -cp "$WORK/classes" LoadGenerator "$@"; }

ORG_PID= KC_PID= SINK_PID=
stop() { # pid
    if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then kill "$1"; wait "$1" 2>/dev/null || true; fi
}
stop_all() { stop "$ORG_PID"; ORG_PID=; stop "$KC_PID"; KC_PID=; stop "$SINK_PID"; SINK_PID=; }
trap stop_all EXIT

"$JAVA" -cp "$WORK/classes" SmtpSink "$WORK" "$SMTP_ORG" "$SMTP_KC" > "$WORK/smtp.log" 2>&1 &
SINK_PID=$!
mails() { cat "$WORK/smtp-$1.count" 2>/dev/null || echo 0; }
# orgkit sends an invitation's email from its outbox after answering (every 2 s by default), Keycloak inside the
# request: before the next measurement, wait until orgkit's backlog is sent (the count still for 3 s, at most 2 min),
# so that one server's leftover work does not slow the other's measurement.
drain() {
    local last=-1 now still=0
    for _ in $(seq 1 1200); do
        now=$(mails "$SMTP_ORG")
        if [ "$now" = "$last" ]; then still=$((still + 1)); [ "$still" -ge 30 ] && return 0; else still=0; last=$now; fi
        sleep 0.1
    done
}

AOT=${AOT-"-XX:AOTCache=$PWD/org-app/target/org-app.aot"}

wait_for() { # url code pid log -> waits until url answers code
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = "$2" ]; do
        kill -0 "$3" 2>/dev/null || { log "a server died at start-up; the end of $4:"; tail -n 30 "$4" >&2; exit 1; }
        sleep 0.05
    done
}

start_org() { # -> ORG_PID, STARTUP_MS (no subshell: the PID must survive)
    local started
    started=$(date +%s%N)
    ORG_DB_URL="$ORG_URL" ORG_DB_USER="$ORG_USER" ORG_DB_PASSWORD="" ORG_DATA_DIR="$WORK/$DB/org-data" \
        SERVER_PORT=$ORG_PORT ORG_BOOTSTRAP_SUPERADMIN_EMAIL=bench-root@bench.test \
        ORG_BOOTSTRAP_SUPERADMIN_PASSWORD=bench-root-password \
        ORG_MAIL_LOG_ONLY=false ORG_MAIL_SMTP_HOST=127.0.0.1 ORG_MAIL_SMTP_PORT=$SMTP_ORG \
        ORG_INVITATIONS_MAX_SENDS_PER_INVITER=1000000000 ORG_INVITATIONS_MAX_SENDS_PER_ORGANIZATION=1000000000 \
        "$JAVA" $HEAP -XX:+ExitOnOutOfMemoryError $AOT -jar org-app/target/org-app.jar start-dev \
        >> "$WORK/$DB/orgkit.log" 2>&1 &
    ORG_PID=$!
    wait_for "$ORG_BASE/api/auth/session" 401 "$ORG_PID" "$WORK/$DB/orgkit.log"
    STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

# kc.sh runs the JVM as its child (and forwards TERM to it): memory is the child's.
kc_java() { ps -o pid=,comm= --ppid "$KC_PID" | awk '$2 == "java" {print $1}'; }

start_kc() { # -> KC_PID (kc.sh's), STARTUP_MS
    local started
    started=$(date +%s%N)
    KC_BOOTSTRAP_ADMIN_USERNAME=$KC_ADMIN KC_BOOTSTRAP_ADMIN_PASSWORD=$KC_ADMIN_PASSWORD JAVA_OPTS_KC_HEAP="$HEAP" \
        "$KC_HOME/bin/kc.sh" start --optimized --http-enabled=true --http-host=127.0.0.1 --http-port="$KC_PORT" \
        --hostname-strict=false "${KC_RUNTIME[@]}" >> "$WORK/$DB/keycloak.log" 2>&1 &
    KC_PID=$!
    wait_for "$KC_BASE/realms/master" 200 "$KC_PID" "$WORK/$DB/keycloak.log"
    STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

org_login() { # email password -> session token; a login refused (503) on a busy machine is tried again
    local answer
    for _ in $(seq 1 20); do
        answer=$(curl -s -X POST "$ORG_BASE/api/auth/login" -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$2\"}")
        case "$answer" in *'"token":"'*) echo "$answer" | json token; return 0 ;; esac
        sleep 1
    done
    log "orgkit login of $1 failed: $answer"; exit 1
}
kc_token() {
    curl -s -X POST "$KC_BASE/realms/master/protocol/openid-connect/token" -d grant_type=password -d client_id=admin-cli \
        -d "username=$KC_ADMIN" -d "password=$KC_ADMIN_PASSWORD" | json access_token
}

# One measurement of one operation on one server: orgkit|keycloak closed|open OP SECONDS LEVEL TAG. A fresh Keycloak
# token each time (its tokens expire; fetching one is not measured).
measure() {
    local server=$1 mode=$2 op=$3 seconds=$4 level=$5 tag=$6 token result
    if [ "$server" = orgkit ]; then
        case "$op" in
            read) result=$(load "$mode" "$ORG_BASE/api/organizations/me" "$seconds" "$level" "Authorization:Bearer $SESSION") ;;
            read-id) result=$(load "$mode" "$ORG_BASE/api/organizations/$ORG_BIG" "$seconds" "$level" "Authorization:Bearer $SUPER") ;;
            members-first) result=$(load "$mode" "$ORG_BASE/api/organizations/members?limit=100" "$seconds" "$level" "Authorization:Bearer $SESSION") ;;
            members-deep) result=$(load "$mode" "$ORG_BASE/api/organizations/members?limit=100&cursor=$ORG_CURSOR" "$seconds" "$level" "Authorization:Bearer $SESSION") ;;
            invite) result=$(load "$mode" "$ORG_BASE/api/organizations/invitations" "$seconds" "$level" "X-Bench-Method:POST" \
                "X-Bench-Body:{\"email\":\"org-$RUN_ID-$DB-$tag-{n}@invite.test\",\"role\":\"Viewer\"}" "Authorization:Bearer $SESSION")
                drain ;;
        esac
    else
        token=$(kc_token)
        local org="$KC_BASE/admin/realms/$KC_REALM/organizations/$KC_BIG"
        case "$op" in
            read) result=$(load "$mode" "$org" "$seconds" "$level" "Authorization:Bearer $token") ;;
            members-first) result=$(load "$mode" "$org/members?first=0&max=100" "$seconds" "$level" "Authorization:Bearer $token") ;;
            members-deep) result=$(load "$mode" "$org/members?first=$DEEP&max=100" "$seconds" "$level" "Authorization:Bearer $token") ;;
            invite) result=$(load "$mode" "$org/members/invite-user" "$seconds" "$level" "X-Bench-Method:POST" \
                "X-Bench-Body:email=kc-$RUN_ID-$DB-$tag-{n}%40invite.test" "Content-Type:application/x-www-form-urlencoded" \
                "Authorization:Bearer $token") ;;
        esac
    fi
    echo "$result"
}

check() { # what code url [curl args] -> exits unless the answer is the code
    local what=$1 code=$2 url=$3 got
    shift 3
    got=$(curl -s -o "$WORK/check.out" -w '%{http_code}' "$@" "$url")
    [ "$got" = "$code" ] || { log "$what answers $got, not $code: $(head -c 400 "$WORK/check.out")"; exit 1; }
}

# "a b c" / "x y z" per round -> ratios, one a line
ratios() { paste <(echo $1 | tr ' ' '\n') <(echo $2 | tr ' ' '\n') | awk '{printf "%.3f\n", ($2 > 0 ? $1/$2 : 0)}'; }
mid() { echo $1 | tr ' ' '\n' | median; }
spread() { echo $1 | tr ' ' '\n' | range; }

{
echo "# orgkit against Keycloak $KC_VERSION, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; Java $("$JAVA" -version 2>&1 | head -1); heap $HEAP for both."
echo "Data: $ORGS organizations; one organization with $MEMBERS members; deep pages start after member $DEEP."
echo "Load: closed loop, $CONCURRENCY connections, $RUN_SECONDS s per operation per server per round, $ROUNDS interleaved rounds; rates count answers below 400 only;"
echo "latency: open loop at a fixed rate (the same for both), $RUN_SECONDS s per round after a 2 s warm-up."
echo "Command: DATABASES=\"$DATABASES\" ROUNDS=$ROUNDS RUN_SECONDS=$RUN_SECONDS CONCURRENCY=$CONCURRENCY ORGS=$ORGS MEMBERS=$MEMBERS bench/keycloak.sh"
echo
} | tee "$OUT"

for DB in $DATABASES; do
    rm -rf "${WORK:?}/$DB"; mkdir -p "$WORK/$DB"
    KC_HOME="$WORK/$DB/keycloak-$KC_VERSION"
    log "$DB: unpacking and building Keycloak"
    unzip -q "$ZIP" -d "$WORK/$DB"
    case "$DB" in
        h2)
            ORG_URL="jdbc:h2:file:$WORK/$DB/org-h2/orgkit;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE"; ORG_USER=sa
            KC_BUILD=(--db=dev-file); KC_RUNTIME=() ;;
        mariadb)
            mysql -h 127.0.0.1 -u "$MARIADB_USER" -e "DROP DATABASE IF EXISTS $ORG_DATABASE; CREATE DATABASE $ORG_DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; DROP DATABASE IF EXISTS $KC_DATABASE; CREATE DATABASE $KC_DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
            ORG_URL="jdbc:mariadb://127.0.0.1:3306/$ORG_DATABASE"; ORG_USER=$MARIADB_USER
            KC_BUILD=(--db=mariadb); KC_RUNTIME=(--db-url="jdbc:mariadb://127.0.0.1:3306/$KC_DATABASE" --db-username="$MARIADB_USER") ;;
        *) log "unknown database $DB"; exit 1 ;;
    esac
    "$KC_HOME/bin/kc.sh" build "${KC_BUILD[@]}" --cache=local > "$WORK/$DB/keycloak-build.log" 2>&1 \
        || { tail -n 30 "$WORK/$DB/keycloak-build.log" >&2; exit 1; }

    log "$DB: first starts (schemas) and seeding"
    start_org
    SEEDED=$("$JAVA" -cp "$CP" bench/Seed.java "$ORG_URL" "$ORG_USER" "" "$ORGS" "$MEMBERS" "$DEEP")
    ORG_BIG=$(echo "$SEEDED" | sed -n 's/^BIG_ORG=//p')
    ORG_CURSOR=$(cursor "$(echo "$SEEDED" | sed -n "s/^MEMBER_AT_$DEEP=//p")")
    stop "$ORG_PID"; ORG_PID=
    start_kc
    seeded_at=$(date +%s)
    SEEDED=$("$JAVA" -cp "$WORK/classes" KeycloakSeed "$KC_BASE" "$KC_ADMIN" "$KC_ADMIN_PASSWORD" "$KC_REALM" "$ORGS" \
        "$MEMBERS" "$SMTP_KC" 8)
    KC_BIG=$(echo "$SEEDED" | sed -n 's/^BIG_ORG=//p')
    log "$DB: Keycloak seeded through its API in $(( $(date +%s) - seeded_at )) s"
    stop "$KC_PID"; KC_PID=

    declare -A ORG=() KC=() ERR=()
    log "$DB: start-up rounds"
    for round in $(seq 1 "$ROUNDS"); do
        for server in $( ((round % 2)) && echo "orgkit keycloak" || echo "keycloak orgkit"); do
            if [ "$server" = orgkit ]; then start_org; ORG[start]+=" $STARTUP_MS"; stop "$ORG_PID"; ORG_PID=
            else start_kc; KC[start]+=" $STARTUP_MS"; stop "$KC_PID"; KC_PID=; fi
        done
    done

    start_org; start_kc
    SESSION=$(org_login bench-admin@bench.test bench-password-1)
    SUPER=$(org_login bench-root@bench.test bench-root-password)
    TOKEN=$(kc_token)
    KC_ORG="$KC_BASE/admin/realms/$KC_REALM/organizations/$KC_BIG"
    check "orgkit GET /me" 200 "$ORG_BASE/api/organizations/me" -H "Authorization: Bearer $SESSION"
    check "orgkit GET /{id}" 200 "$ORG_BASE/api/organizations/$ORG_BIG" -H "Authorization: Bearer $SUPER"
    check "orgkit deep member page" 200 "$ORG_BASE/api/organizations/members?limit=100&cursor=$ORG_CURSOR" -H "Authorization: Bearer $SESSION"
    [ "$(jq '.data | length' "$WORK/check.out")" = 100 ] || { log "orgkit's deep page is not 100 members"; exit 1; }
    check "orgkit invitation" 201 "$ORG_BASE/api/organizations/invitations" -H "Authorization: Bearer $SESSION" \
        -H 'Content-Type: application/json' -d "{\"email\":\"check-$RUN_ID-$DB@invite.test\",\"role\":\"Viewer\"}"
    check "Keycloak GET organization" 200 "$KC_ORG" -H "Authorization: Bearer $TOKEN"
    check "Keycloak deep member page" 200 "$KC_ORG/members?first=$DEEP&max=100" -H "Authorization: Bearer $TOKEN"
    [ "$(jq 'length' "$WORK/check.out")" = 100 ] || { log "Keycloak's deep page is not 100 members"; exit 1; }
    check "Keycloak invite-user" 204 "$KC_ORG/members/invite-user" -H "Authorization: Bearer $TOKEN" \
        --data-urlencode "email=check-$RUN_ID-$DB@invite.test"

    LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
    OPS="read read-id members-first members-deep invite"
    log "$DB: warm-up"
    for op in $OPS; do
        measure orgkit closed "$op" "$WARM_SECONDS" "$CONCURRENCY" warm > /dev/null
        [ "$op" = read-id ] || measure keycloak closed "$op" "$WARM_SECONDS" "$CONCURRENCY" warm > /dev/null
    done
    for round in $(seq 1 "$ROUNDS"); do
        log "$DB: round $round/$ROUNDS"
        for op in $OPS; do
            for server in $( ((round % 2)) && echo "orgkit keycloak" || echo "keycloak orgkit"); do
                [ "$server" = keycloak ] && [ "$op" = read-id ] && continue
                r=$(measure "$server" closed "$op" "$RUN_SECONDS" "$CONCURRENCY" "r$round")
                # Answers below 400 only: orgkit refuses (503) a request that waited too long before any work,
                # and a refusal is not an answer.
                ok=$(echo "$r" | field ok)
                if [ "$server" = orgkit ]; then ORG[$op]+=" $ok"; else KC[$op]+=" $ok"; fi
                codes=$(echo "$r" | sed -E 's/.* codes=//')
                [ "$codes" = none ] || ERR["$server $op"]+=" $codes"
            done
        done
        ORG[rss]+=" $(( $(ps -o rss= -p "$ORG_PID") / 1024 ))"
        KC[rss]+=" $(( $(ps -o rss= -p "$(kc_java)") / 1024 ))"
    done

    # Latency at one fixed arrival rate for both: half the lower of the two capacities just measured.
    READ_RATE=$(printf '%s\n%s\n' "$(mid "${ORG[read]}")" "$(mid "${KC[read]}")" | sort -g | head -1 | awk '{v = $1 / 2; printf "%d", (v > 1 ? v : 1)}')
    INVITE_RATE=$(printf '%s\n%s\n' "$(mid "${ORG[invite]}")" "$(mid "${KC[invite]}")" | sort -g | head -1 | awk '{v = $1 / 2; printf "%d", (v > 1 ? v : 1)}')
    for round in $(seq 1 "$ROUNDS"); do
        log "$DB: latency round $round/$ROUNDS"
        for op in read invite; do
            rate=$([ "$op" = read ] && echo "$READ_RATE" || echo "$INVITE_RATE")
            for server in $( ((round % 2)) && echo "orgkit keycloak" || echo "keycloak orgkit"); do
                r=$(measure "$server" open "$op" "$RUN_SECONDS" "$rate" "l$round")
                for p in p50 p99; do # of the answers (below 400): a refusal is quick but no answer
                    v=$(echo "$r" | field ${p}answered)
                    if [ "$server" = orgkit ]; then ORG[$op-$p]+=" $v"; else KC[$op-$p]+=" $v"; fi
                done
                e=$(echo "$r" | field errors)
                [ "$e" = 0 ] || ERR["$server $op at a fixed rate"]+=" $e of $(echo "$r" | field n)"
            done
        done
    done
    ORG_MAILS=$(mails "$SMTP_ORG"); KC_MAILS=$(mails "$SMTP_KC"); LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
    stop "$ORG_PID"; ORG_PID=; stop "$KC_PID"; KC_PID=

    row() { # label orgkit-key keycloak-key unit higher|lower
        local o=${ORG[$2]} k=${KC[$3]} r verdict
        r=$(ratios "$o" "$k")
        if [ "$5" = higher ]; then
            verdict=$(echo "$r" | median | awk '{print ($1 >= 1 ? "ahead" : "**behind**")}')
        else
            verdict=$(echo "$r" | median | awk '{print ($1 <= 1 ? "ahead" : "**behind**")}')
        fi
        echo "| $1 | $(mid "$o") $4 ($(spread "$o")) | $(mid "$k") $4 ($(spread "$k")) | $(echo "$r" | median) ($(echo "$r" | range)) | $verdict |"
    }
    {
    echo "## $DB"
    echo
    echo "Load average (1, 5, 15 min) before the rounds $LOAD_BEFORE, after them $LOAD_AFTER."
    echo
    echo "| operation | orgkit, median (range) | Keycloak, median (range) | orgkit ÷ Keycloak, median (range) | orgkit |"
    echo "|---|---|---|---|---|"
    row "start-up to first answer" start start ms lower
    row "resident memory after the load" rss rss MiB lower
    row "read one organization (orgkit GET /me as Admin; Keycloak GET organization by id as admin)" read read req/s higher
    row "read one organization (orgkit GET /{id} as Super Admin)" read-id read req/s higher
    row "member page of 100, first" members-first members-first req/s higher
    row "member page of 100, deep (after member $DEEP of $MEMBERS)" members-deep members-deep req/s higher
    row "invite by email (orgkit POST invitation; Keycloak invite-user)" invite invite req/s higher
    row "read one organization at $READ_RATE req/s, p50 of answers" read-p50 read-p50 ms lower
    row "read one organization at $READ_RATE req/s, p99 of answers" read-p99 read-p99 ms lower
    row "invite at $INVITE_RATE req/s, p50 of answers" invite-p50 invite-p50 ms lower
    row "invite at $INVITE_RATE req/s, p99 of answers" invite-p99 invite-p99 ms lower
    echo
    errors=""
    for key in "${!ERR[@]}"; do errors="$errors; $key:${ERR[$key]}"; done
    [ -n "$errors" ] || errors="; none"
    echo "Not counted as answers (status:count per round; 599 is a client-side failure or time-out): ${errors#; }."
    echo "Emails the SMTP sink received: orgkit $ORG_MAILS, Keycloak $KC_MAILS (closed-loop invitations, the checks and the latency rounds)."
    echo
    } | tee -a "$OUT"
    unset ORG KC ERR
done
log "written to $OUT"
