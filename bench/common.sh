# What bench/run.sh and bench/memory.sh share: sourced once JAVA, WORK (with LoadGenerator compiled into
# $WORK/classes) and BASE are set.

load() { "$JAVA" -cp "$WORK/classes" LoadGenerator "$@"; }
json() { sed -E "s/.*\"$1\":\"([^\"]+)\".*/\1/"; }
cursor() { printf 'v1:%s' "$1" | base64 -w0 | tr '+/' '-_' | tr -d '='; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
login() { curl -s -X POST "$BASE/api/auth/login" -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$2\"}" | json token; }

# The server's settings in every benchmark, beside its database and port: the bench endpoint on, the Super Admin the
# seed logs in as, and the invitation send quotas out of the way (or nearly every invitation would be a 429).
BENCH_SERVER_ENV=(ORG_BENCH_ENABLED=true ORG_BOOTSTRAP_SUPERADMIN_EMAIL=bench-root@bench.test
    ORG_BOOTSTRAP_SUPERADMIN_PASSWORD=bench-root-password
    ORG_INVITATIONS_MAX_SENDS_PER_INVITER=1000000000 ORG_INVITATIONS_MAX_SENDS_PER_ORGANIZATION=1000000000)

# bench_endpoints MEMBER_DEEP ORG_DEEP: logs in as the seed's Admin and Super Admin, creates an API key, and sets
# URLS and AUTH (the seven endpoints the benchmark measures, and the header each is sent with) and ORDER.
bench_endpoints() {
    SESSION=$(login bench-admin@bench.test bench-password-1)
    SUPER=$(login bench-root@bench.test bench-root-password)
    KEY=$(curl -s -X POST "$BASE/api/organizations/api-keys" -H "Authorization: Bearer $SESSION" \
        -H 'Content-Type: application/json' -d '{"name":"bench","role":"Admin"}' | json key)
    declare -gA URLS=(
        [baseline]="$BASE/bench/baseline"
        [me-session]="$BASE/api/organizations/me"
        [me-apikey]="$BASE/api/organizations/me"
        [members-first]="$BASE/api/organizations/members?limit=100"
        [members-deep]="$BASE/api/organizations/members?limit=100&cursor=$(cursor "$1")"
        [orgs-first]="$BASE/api/organizations?limit=100"
        [orgs-deep]="$BASE/api/organizations?limit=100&cursor=$(cursor "$2")"
    )
    declare -gA AUTH=(
        [baseline]="X-Bench:none" [me-session]="Authorization:Bearer $SESSION" [me-apikey]="Authorization:Bearer $KEY"
        [members-first]="Authorization:Bearer $SESSION" [members-deep]="Authorization:Bearer $SESSION"
        [orgs-first]="Authorization:Bearer $SUPER" [orgs-deep]="Authorization:Bearer $SUPER"
    )
    ORDER="baseline me-session me-apikey members-first members-deep orgs-first orgs-deep"
}
