#!/usr/bin/env bash
# The replicated-database run, in one command: a three-node MariaDB Galera cluster on loopback, two servers of this
# module on different nodes, the cross-node invariants, then one database node killed under load. Prints a table (also
# written to bench/results/). Not part of the test command: it takes a few minutes (docs/performance.md, "Replicated
# database: a three-node Galera cluster").
#
#   bench/galera.sh                      # build, cluster, scenario, kill test, stop everything
#   TRIALS=10 LOAD_SECONDS=30 bench/galera.sh
#   BUILD=no bench/galera.sh             # use the org-app.jar already built
#
# Needs Debian's galera-4 and mariadb-server packages (mariadbd, libgalera_smm.so, rsync for state transfers). The
# nodes' data directories live under a temporary directory (never in the repository), removed at the end unless
# KEEP=yes. The shared MariaDB on 3306 is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
TRIALS=${TRIALS:-30}
LOAD_SECONDS=${LOAD_SECONDS:-45}
LOAD_THREADS=${LOAD_THREADS:-4}
KILL_AFTER=${KILL_AFTER:-10}
RESTART_AFTER=${RESTART_AFTER:-12}
HEAP=${HEAP:--Xmx256m}
PROVIDER=${PROVIDER:-/usr/lib/galera/libgalera_smm.so}
MARIADBD=${MARIADBD:-/usr/sbin/mariadbd}
DB=orgkit_hgalera
DB_USER=orgkit
DB_PASS=galera-bench-password
SUPER_EMAIL=galera-root@galera.test
SUPER_PASS=galera-root-password
# Node i: SQL on 1331i, group communication on 1456i0 (+1 incremental state transfer, +2 full state transfer).
sql_port() { echo $((13310 + $1)); }
gcomm_port() { echo $((14550 + 10 * $1)); }
HTTP_A=18281
HTTP_B=18282

RUN=$(mktemp -d /tmp/orgkit-galera.XXXXXX)
mkdir -p bench/results
OUT="bench/results/galera-$(date -u +%Y%m%dT%H%M%SZ).md"
log() { echo "[galera $(date -u +%H:%M:%S)] $*" >&2; }

PIDS=()
# The nodes' files, in a directory of their own: run as root, the nodes run as the mysql user (rsync's daemon, which
# receives a full state transfer, drops root for nobody and could not write a root-owned data directory).
DBDIR="$RUN/db"
node_pid() { cat "$DBDIR/node$1.pid" 2>/dev/null || true; }
cleanup() {
    local code=$?
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    for i in 1 2 3; do
        local pid; pid=$(node_pid "$i")
        [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    done
    for i in 1 2 3; do
        local pid; pid=$(node_pid "$i")
        for _ in $(seq 1 100); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    done
    if [ "${KEEP:-no}" = yes ] || [ $code -ne 0 ]; then log "run directory kept: $RUN"; else rm -rf "$RUN"; fi
}
trap cleanup EXIT

for i in 1 2 3; do
    for port in "$(sql_port "$i")" "$(gcomm_port "$i")" $(( $(gcomm_port "$i") + 1 )) $(( $(gcomm_port "$i") + 2 )); do
        if ss -ltn | awk '{print $4}' | grep -q ":$port\$"; then log "port $port is taken"; exit 1; fi
    done
done
[ -e "$PROVIDER" ] || { log "no Galera provider at $PROVIDER (apt-get install galera-4)"; exit 1; }

if [ "${BUILD:-yes}" = yes ]; then
    log "building"
    mvn -o -B -q package -DskipTests -Dorgkit.aot.skip=true > "$RUN/build.log" 2>&1 || { cat "$RUN/build.log" >&2; exit 1; }
fi
BUILT="commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- org-api org-impl org-app || echo ' with uncommitted changes')"
# The server runs from a copy, so that the worktree can be rebuilt while this runs.
mkdir -p "$RUN/app"
cp -r org-app/target/org-app.jar org-app/target/libs "$RUN/app/"
CP="$RUN/app/libs/*"

# One configuration file per node; --defaults-file keeps the machine's /etc/mysql out (and the state transfer script
# reads the same file). Galera's requirements: row-based binary log format, InnoDB, interleaved auto-increment locks.
NODE_USER=
if [ "$(id -u)" = 0 ]; then NODE_USER=mysql; fi
for i in 1 2 3; do
    mkdir -p "$DBDIR/node$i"
    cat > "$RUN/node$i.cnf" <<EOF
[mysqld]
${NODE_USER:+user=$NODE_USER}
datadir=$DBDIR/node$i
socket=$DBDIR/node$i.sock
pid-file=$DBDIR/node$i.pid
log-error=$DBDIR/node$i.err
port=$(sql_port "$i")
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=64M
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=orgkit_galera
wsrep_cluster_address=gcomm://127.0.0.1:$(gcomm_port 1),127.0.0.1:$(gcomm_port 2),127.0.0.1:$(gcomm_port 3)
wsrep_node_name=node$i
wsrep_node_address=127.0.0.1:$(gcomm_port "$i")
wsrep_node_incoming_address=127.0.0.1:$(sql_port "$i")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$i");ist.recv_addr=127.0.0.1:$(( $(gcomm_port "$i") + 1 ));gcache.size=128M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(( $(gcomm_port "$i") + 2 ))
[client]
socket=$DBDIR/node$i.sock
user=root
EOF
done
chmod 755 "$RUN"
[ -z "$NODE_USER" ] || chown -R "$NODE_USER:$NODE_USER" "$DBDIR"

sql() { mariadb --defaults-file="$RUN/node$1.cnf" -N -B -e "$2"; }
status() { sql "$1" "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | awk '{print $2}' || true; }
declare -A NODE_PROCESS
start_node() { # node [extra options]
    local i=$1; shift
    "$MARIADBD" --defaults-file="$RUN/node$i.cnf" "$@" >> "$RUN/node$i.out" 2>&1 &
    PIDS+=($!)
    NODE_PROCESS[$i]=$!
}
wait_synced() { # node timeout-seconds
    local deadline=$(( $(date +%s) + $2 ))
    until [ "$(status "$1" wsrep_local_state_comment)" = Synced ]; do
        if [ "$(date +%s)" -ge "$deadline" ] || ! kill -0 "${NODE_PROCESS[$1]}" 2>/dev/null; then
            log "node $1 not Synced (in $2 s, or it stopped); the end of its log:"; tail -n 30 "$DBDIR/node$1.err" >&2; exit 1
        fi
        sleep 0.2
    done
}

log "node 1: a new cluster"
mariadb-install-db --defaults-file="$RUN/node1.cnf" --auth-root-authentication-method=socket --wsrep-on=OFF > "$RUN/install.log" 2>&1 \
    || { cat "$RUN/install.log" >&2; exit 1; }
T0=$(date +%s%N)
start_node 1 --wsrep-new-cluster
wait_synced 1 60
BOOT_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
sql 1 "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
       CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';
       GRANT ALL PRIVILEGES ON $DB.* TO '$DB_USER'@'127.0.0.1';"
JOIN_MS=()
for i in 2 3; do
    log "node $i: joins (full state transfer by rsync)"
    T0=$(date +%s%N)
    start_node "$i"
    wait_synced "$i" 120
    JOIN_MS+=($(( ($(date +%s%N) - T0) / 1000000 )))
done
log "cluster size $(status 1 wsrep_cluster_size)"

# Each server prefers its own node and fails over to the others in order (Connector/J's sequential mode, meant for
# Galera), so that a dead node costs its server only the connections it had open.
url() { # first second third
    echo "jdbc:mariadb:sequential://127.0.0.1:$(sql_port "$1"),127.0.0.1:$(sql_port "$2"),127.0.0.1:$(sql_port "$3")/$DB"
}
SERVER_PID=()
start_server() { # name port url
    mkdir -p "$RUN/server-$1"
    ORG_DB_URL="$3" ORG_DB_USER=$DB_USER ORG_DB_PASSWORD=$DB_PASS ORG_DATA_DIR="$RUN/server-$1" SERVER_PORT=$2 \
        ORG_BOOTSTRAP_SUPERADMIN_EMAIL=$SUPER_EMAIL ORG_BOOTSTRAP_SUPERADMIN_PASSWORD=$SUPER_PASS \
        ORG_MAIL_NODE_ID="server-$1" ORG_MAIL_DISPATCH_INTERVAL=PT0.2S \
        ORG_ORGANIZATIONS_FOUNDING=true ORG_ORGANIZATIONS_MAX_FOUNDED_PER_USER=1000000 \
        ORG_INVITATIONS_MAX_SENDS_PER_INVITER=1000000 ORG_INVITATIONS_MAX_SENDS_PER_ORGANIZATION=1000000 \
        ORG_INVITATIONS_TOKEN_MAX_FAILURES=1000000 ORG_HTTP_MAX_WAIT=PT2S ORG_HTTP_MAX_TURN_WAIT=PT2S \
        "$JAVA" $HEAP -XX:+ExitOnOutOfMemoryError ${SERVER_OPTS:-} -jar "$RUN/app/org-app.jar" start-dev > "$RUN/server-$1.log" 2>&1 &
    PIDS+=($!)
    SERVER_PID+=($!)
    local pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2/api/auth/session")" = "401" ]; do
        kill -0 "$pid" 2>/dev/null || { log "server $1 died at start-up; the end of its log:"; tail -n 30 "$RUN/server-$1.log" >&2; exit 1; }
        sleep 0.1
    done
}
# One after the other: on Galera, Flyway cannot take its cross-node named lock (GET_LOCK is refused with wsrep on), so
# two first starts at once on different nodes would both migrate.
log "server A on node 1"
start_server A $HTTP_A "$(url 1 2 3)"
log "server B on node 2"
start_server B $HTTP_B "$(url 2 3 1)"

export GALERA_A="http://127.0.0.1:$HTTP_A" GALERA_B="http://127.0.0.1:$HTTP_B"
export GALERA_NODES="jdbc:mariadb://127.0.0.1:$(sql_port 1)/$DB,jdbc:mariadb://127.0.0.1:$(sql_port 2)/$DB,jdbc:mariadb://127.0.0.1:$(sql_port 3)/$DB"
export GALERA_DB_USER=$DB_USER GALERA_DB_PASS=$DB_PASS GALERA_SUPER_EMAIL=$SUPER_EMAIL GALERA_SUPER_PASS=$SUPER_PASS
export GALERA_LOG_A="$RUN/server-A.log" GALERA_LOG_B="$RUN/server-B.log"
scenario() { "$JAVA" -cp "$CP" bench/GaleraScenario.java "$@"; }
if [ "${HOLD:-no}" = yes ]; then # for a look at a running cluster: the scenario's environment, then wait
    export -p | grep GALERA_ > "$RUN/env"; echo "CP='$CP'" >> "$RUN/env"
    log "holding; the environment is in $RUN/env; stop with kill $$"
    while sleep 1; do :; done
fi

log "invariants across nodes ($TRIALS trials each)"
INVARIANTS=$(scenario invariants "$TRIALS")

log "kill node 1 under load from both servers"
scenario load "$LOAD_SECONDS" "$LOAD_THREADS" "$RUN/load" > "$RUN/load.out" 2>&1 &
LOAD_PID=$!
PIDS+=($LOAD_PID)
sleep "$KILL_AFTER"
KILLED_PID=$(node_pid 1)
KILL_MS=$(date +%s%3N)
kill -9 "$KILLED_PID"
log "node 1 (pid $KILLED_PID) killed"
SIZE_AFTER_KILL=
for _ in $(seq 1 600); do
    SIZE_AFTER_KILL=$(status 2 wsrep_cluster_size)
    [ "$SIZE_AFTER_KILL" = 2 ] && break
    sleep 0.1
done
EVICT_MS=$(( $(date +%s%3N) - KILL_MS ))
sleep "$RESTART_AFTER"
log "node 1 restarts"
ERR_LINES=$(wc -l < "$DBDIR/node1.err")
RESTART_MS=$(date +%s%3N)
rm -f "$DBDIR/node1.pid"
# As the distribution's service does (galera_recovery): a node killed without a clean shutdown has not saved its
# position; recover it from InnoDB first, so that the node asks for the writesets it missed (an incremental transfer
# from another node's cache) instead of a full copy, whose rsync donor blocks its own writers while it copies.
"$MARIADBD" --defaults-file="$RUN/node1.cnf" --wsrep-recover --log-error="$DBDIR/node1.recover.log" > /dev/null 2>&1 || true
POSITION=$(sed -n 's/.*WSREP: Recovered position: //p' "$DBDIR/node1.recover.log" | tail -1)
log "node 1 recovered position: ${POSITION:-none}"
start_node 1 ${POSITION:+--wsrep-start-position=$POSITION}
wait_synced 1 180
SYNCED_MS=$(( $(date +%s%3N) - RESTART_MS ))
SIZE_AFTER_REJOIN=$(status 1 wsrep_cluster_size)
STATE_AFTER_REJOIN=$(status 1 wsrep_local_state_comment)
REJOIN_LOG=$(tail -n +"$((ERR_LINES + 1))" "$DBDIR/node1.err")
if grep -q "Transfer of normal directories done\|rsync SST completed on joiner" <<< "$REJOIN_LOG"; then
    TRANSFER="full (SST by rsync, from position ${POSITION:-unknown})"
elif grep -q -i "Receiving IST" <<< "$REJOIN_LOG"; then TRANSFER="incremental (IST, from position ${POSITION:-unknown})"
else TRANSFER="none logged"; fi
wait "$LOAD_PID" || { cat "$RUN/load.out" >&2; exit 1; }
echo "$KILL_MS" > "$RUN/load.kill"
echo "$RESTART_MS" > "$RUN/load.restart"
KILLED=$(scenario verify "$RUN/load")

for pid in "${SERVER_PID[@]}"; do kill "$pid" 2>/dev/null || true; done

{
echo "# orgkit on a three-node Galera cluster, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo
echo "Machine: $(nproc) cores; $("$MARIADBD" --version | sed 's/^.*Ver //'); Galera $(status 2 wsrep_provider_version);"
echo "Java $("$JAVA" -version 2>&1 | head -1); heap $HEAP. Three nodes on loopback (ports $(sql_port 1)–$(sql_port 3)), rsync state transfer."
echo "Build: $BUILT."
echo "Server A on node 1 (fails over to 2, 3), server B on node 2 (fails over to 3, 1), both \`start-dev\` (mail to the log)."
echo
echo "Cluster: node 1 bootstrapped and Synced in $BOOT_MS ms; nodes 2 and 3 joined and Synced in ${JOIN_MS[0]} and ${JOIN_MS[1]} ms."
echo
echo "## Invariants across nodes ($TRIALS trials each; the two requests of a trial sent at once, one through each server)"
echo
echo "$INVARIANTS"
echo
echo "## One node killed under load ($LOAD_THREADS client threads per server creating invitations for $LOAD_SECONDS s; kill -9 of node 1 at $KILL_AFTER s)"
echo
echo "$KILLED"
echo
echo "| rejoin | |"
echo "|---|---|"
echo "| wsrep_cluster_size on node 2 became $SIZE_AFTER_KILL, after the kill | $EVICT_MS ms |"
echo "| node 1 restarted $RESTART_AFTER s after the eviction, Synced after | $SYNCED_MS ms |"
echo "| state transfer | $TRANSFER |"
echo "| after rejoin: wsrep_cluster_size, wsrep_local_state_comment | $SIZE_AFTER_REJOIN, $STATE_AFTER_REJOIN |"
} | tee "$OUT"
log "written to $OUT"
