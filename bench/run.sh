#!/usr/bin/env bash
# The speed benchmark of issue 7: consentflow against Checkstyle (sun_checks.xml, the baseline) and
# JavaParser parse-only on one thread (the floor), on real sources fetched from Maven Central.
#
#   bench/run.sh                      # every corpus, 3 rounds after a warm-up, 10 changed files
#   BENCH_ROUNDS=5 BENCH_CHANGED=10 BENCH_CORPORA="keycloak-services" bench/run.sh
#
# Corpora (-sources.jar files unpacked once into ${CONSENTFLOW_CACHE:-~/.cache/consentflow}/bench, never
# committed): broadleaf-common (org.broadleafcommerce:broadleaf-common:3.1.15-GA), keycloak-services
# (org.keycloak:keycloak-services:26.0.0) and broadleaf (broadleaf-common, -profile and -framework
# 3.1.15-GA). For each corpus, every measure runs once as a warm-up and then BENCH_ROUNDS times, each
# in a fresh JVM with the JVM's default heap (the ./consentflow launcher's defaults), timed as wall time
# of the whole process:
#   a  consentflow scan --no-cache, only the JDK on the classpath (the shaded -all jar)
#   b  Checkstyle with sun_checks.xml over the same files
#   c  JavaParser parse-only over the same files, one thread (bench/src/.../ParseOnly.java)
#   d0 consentflow scan with its cache, nothing changed since the previous run
#   d1 consentflow scan with its cache, one file changed (a comment line appended), BENCH_CHANGED files
#      drawn with a fixed seed, one run each (their median is reported)
# Peak heap after GC comes from -Xlog:gc (the largest heap size after any pause; "-" when no GC ran).
# Writes every run to bench/target/runs.csv and the medians and ratios a/b, a/c, d/a to
# bench/target/summary.csv, and prints the summary. The machine's load (uptime) is printed first and last.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$root/bench"
out="$bench/target"
rounds="${BENCH_ROUNDS:-3}"
changed="${BENCH_CHANGED:-10}"
corpora="${BENCH_CORPORA:-broadleaf-common keycloak-services broadleaf}"
store="${CONSENTFLOW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/consentflow}/bench"
dependency_plugin="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

# corpus name -> the source jars it is made of (groupId:artifactId:version)
declare -A jars=(
    [broadleaf-common]="org.broadleafcommerce:broadleaf-common:3.1.15-GA"
    [keycloak-services]="org.keycloak:keycloak-services:26.0.0"
    [broadleaf]="org.broadleafcommerce:broadleaf-common:3.1.15-GA org.broadleafcommerce:broadleaf-profile:3.1.15-GA org.broadleafcommerce:broadleaf-framework:3.1.15-GA"
)

fail() {
    echo "bench: error: $*" >&2
    exit 2
}

# Unpacks one -sources.jar into the store, once; prints the directory.
fetch() {
    local gav="$1" dir="$store/sources/${1//:/_}"
    if [[ ! -f "$dir/.unpacked" ]]; then
        echo "bench: fetching $gav sources ..." >&2
        rm -rf "$dir"
        mvn -q -B "$dependency_plugin:unpack" -Dartifact="$gav:jar:sources" -DoutputDirectory="$dir" \
            -Dmdep.unpack.includes='**/*.java' >&2 || fail "could not fetch $gav sources (see above)"
        touch "$dir/.unpacked"
    fi
    echo "$dir"
}

# Runs a command with GC logging to $out/gc.log (through $xlog); sets $wall (seconds) and $heap (MiB
# after GC, or -).
timed() {
    rm -f "$out/gc.log"
    local start end
    start=$(date +%s.%N)
    if ! "$@" >"$out/last.out" 2>&1; then
        cat "$out/last.out" >&2
        fail "$1 failed on ${dirs[*]}"
    fi
    end=$(date +%s.%N)
    wall=$(echo "$end - $start" | bc)
    heap=$(grep -o 'Pause.*M->[0-9]*M' "$out/gc.log" 2>/dev/null | sed -E 's/.*->([0-9]+)M$/\1/' | sort -n | tail -n 1)
    heap="${heap:--}"
}
xlog="-Xlog:gc:file=$out/gc.log"

# Exit codes 1 and 3 are findings and skipped files: a finished scan.
consentflow() {
    local rc=0
    java "$xlog" -jar "$jar" scan --output "$work/report" "$@" || rc=$?
    (( rc != 2 ))
}
# Checkstyle's exit code is its violation count: a finished audit says so at the end of its report.
checkstyle() {
    java "$xlog" -cp "$cp" com.puppycrawl.tools.checkstyle.Main -c /sun_checks.xml -o "$work/checkstyle.txt" "$@" || true
    grep -q '^Audit done' "$work/checkstyle.txt"
}
parse_only() { java "$xlog" -cp "$cp" dev.consentflow.bench.ParseOnly "$@"; }

record() { # corpus measure round
    echo "$1,$files,$lines,$2,$3,$wall,$heap" >>"$out/runs.csv"
    printf '  %-3s round %-2s %8.2f s  heap after GC %5s MiB\n' "$2" "$3" "$wall" "$heap"
}

# Warm-up, then $rounds timed runs of one measure.
measure() { # corpus measure command...
    local corpus="$1" name="$2"
    shift 2
    timed "$@" "${dirs[@]}"
    for ((r = 1; r <= rounds; r++)); do
        timed "$@" "${dirs[@]}"
        record "$corpus" "$name" "$r"
    done
}

median() { # corpus measure column -> median of that column over the runs
    awk -F, -v c="$1" -v m="$2" -v col="$3" '$1 == c && $4 == m && $col != "-" {print $col}' "$out/runs.csv" \
        | sort -g | awk '{v[NR] = $1} END {if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

ratio() { [[ "$1" == "-" || "$2" == "-" ]] && echo "-" || echo "scale=3; $1 / $2" | bc | sed 's/^\./0./'; }

echo "bench: load before: $(uptime)"
mkdir -p "$out" "$store"
echo "bench: building the analyzer and the baselines ..." >&2
"$root/consentflow" --version >/dev/null
version="$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1)"
# A copy, so that a rebuild during the benchmark does not change what is measured.
jar="$out/consentflow-all.jar"
cp "$root/analyzer/target/consentflow-analyzer-$version-all.jar" "$jar"
mvn -q -B -f "$bench/pom.xml" package dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" \
    -Dmdep.includeScope=runtime >&2 || fail "could not build bench/pom.xml (see above)"
cp="$out/classes:$(cat "$out/classpath.txt")"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"

echo "corpus,files,lines,measure,round,wall_s,heap_after_gc_mib" >"$out/runs.csv"
for corpus in $corpora; do
    [[ -n "${jars[$corpus]:-}" ]] || fail "unknown corpus $corpus (known: ${!jars[*]})"
    dirs=()
    for gav in ${jars[$corpus]}; do dirs+=("$(fetch "$gav")"); done
    files=$(find "${dirs[@]}" -name '*.java' | wc -l)
    lines=$(find "${dirs[@]}" -name '*.java' -exec cat {} + | wc -l)
    work="$store/work/$corpus"
    rm -rf "$work" && mkdir -p "$work"
    echo "== $corpus: $files files, $lines lines"
    measure "$corpus" a consentflow --no-cache
    measure "$corpus" b checkstyle
    measure "$corpus" c parse_only

    # d: the cache is filled by one run, then read back with nothing changed ...
    timed consentflow --cache "$work/cache" "${dirs[@]}"
    measure "$corpus" d0 consentflow --cache "$work/cache"
    # ... and with one file changed, one run per file drawn with a fixed seed.
    mapfile -t picks < <(find "${dirs[@]}" -name '*.java' | sort | shuf -n "$changed" --random-source=<(yes 7))
    for ((i = 0; i < ${#picks[@]}; i++)); do
        file="${picks[$i]}"
        cp "$file" "$work/original.java"
        echo "// consentflow bench: one changed file" >>"$file"
        timed consentflow --cache "$work/cache" "${dirs[@]}"
        cp "$work/original.java" "$file"
        record "$corpus" d1 "$((i + 1))"
    done
done

summary="$out/summary.csv"
echo "corpus,files,lines,a_s,b_s,c_s,d0_s,d1_s,a_over_b,a_over_c,d0_over_a,d1_over_a,a_lines_per_s,a_heap_mib,b_heap_mib,d0_heap_mib" >"$summary"
echo "== summary (medians; commit $commit, $(date -u +%Y-%m-%d))"
printf '%-18s %7s %8s %8s %8s %8s %8s %6s %6s %6s %6s %8s %6s\n' corpus lines a b c d0 d1 a/b a/c d0/a d1/a lines/s heapMiB
for corpus in $corpora; do
    read -r files lines < <(awk -F, -v c="$corpus" '$1 == c {print $2, $3; exit}' "$out/runs.csv")
    a=$(median "$corpus" a 6); b=$(median "$corpus" b 6); c=$(median "$corpus" c 6)
    d0=$(median "$corpus" d0 6); d1=$(median "$corpus" d1 6)
    ab=$(ratio "$a" "$b"); ac=$(ratio "$a" "$c"); d0a=$(ratio "$d0" "$a"); d1a=$(ratio "$d1" "$a")
    speed=$(echo "$lines / $a" | bc)
    ah=$(median "$corpus" a 7); bh=$(median "$corpus" b 7); d0h=$(median "$corpus" d0 7)
    echo "$corpus,$files,$lines,$a,$b,$c,$d0,$d1,$ab,$ac,$d0a,$d1a,$speed,$ah,$bh,$d0h" >>"$summary"
    printf '%-18s %7s %8s %8s %8s %8s %8s %6s %6s %6s %6s %8s %6s\n' \
        "$corpus" "$lines" "$a" "$b" "$c" "$d0" "$d1" "$ab" "$ac" "$d0a" "$d1a" "$speed" "$ah"
done
echo "bench: load after: $(uptime)"
echo "bench: wrote $out/runs.csv and $summary"
