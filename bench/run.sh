#!/usr/bin/env bash
# The speed benchmark of issue 7: consentflow against Checkstyle (sun_checks.xml, the baseline) and
# JavaParser parse-only on one thread (the floor), on real sources fetched from Maven Central.
#
#   bench/run.sh                      # every corpus, 3 rounds after a warm-up, 10 changed files
#   BENCH_ROUNDS=5 BENCH_CHANGED=10 BENCH_CORPORA="keycloak-services" bench/run.sh
#
# Corpora (-sources.jar files unpacked once into ${CONSENTFLOW_CACHE:-~/.cache/consentflow}/bench, never
# committed), each scanned with its policy:
#   broadleaf-common          org.broadleafcommerce:broadleaf-common:3.1.15-GA, with the repository's
#                             Broadleaf policy test-projects/broadleaf/consentflow.yaml (the entries for
#                             -profile and -framework match nothing here: warnings only)
#   keycloak-services         org.keycloak:keycloak-services:26.0.0, no policy (as issue 7 defines it)
#   keycloak-services+policy  the same sources with bench/policies/keycloak-services.yaml; b and c read
#                             no policy, so when keycloak-services is run too they are not measured again
#                             and its medians give this corpus' ratios
#   broadleaf                 broadleaf-common, -profile and -framework 3.1.15-GA, Broadleaf policy
# For each corpus, every measure runs once as a warm-up and then BENCH_ROUNDS times, each in a fresh JVM
# with the JVM's default heap (the ./consentflow launcher's defaults) unless said otherwise, timed as
# wall time of the whole process:
#   a  consentflow scan --no-cache, only the JDK on the classpath (the shaded -all jar)
#   m  the Maven goal consentflow:check over the same directories (bench/maven/pom.xml), same policy, no
#      cache, failOnViolation=false, under MAVEN_OPTS=-Xmx1g (issue 7's Maven target); the time includes
#      Maven's start. The plugin is the one of this checkout's version in the local repository: it is
#      installed there (mvn install from the repository root) when missing or when BENCH_INSTALL=1; an
#      installed one older than the sources is measured with a warning. BENCH_MAVEN_REPO names another
#      local repository (default: Maven's own).
#   b  Checkstyle with sun_checks.xml over the same files
#   c  JavaParser parse-only over the same files, one thread (bench/src/.../ParseOnly.java)
#   d0 consentflow scan with its cache, nothing changed since the previous run
#   d1 consentflow scan with its cache, one file changed (a comment line appended), BENCH_CHANGED files
#      drawn with a fixed seed, one run each (their median is reported)
# Peak heap after GC comes from -Xlog:gc (the largest heap size after any pause; "-" when no GC ran).
# Writes every run to bench/target/runs.csv and the medians and ratios a/b, a/c, d/a to
# bench/target/summary.csv, and prints the summary. Then the linearity target: for each policy that two
# or more of the corpora run share (Broadleaf's: broadleaf-common and broadleaf), the lines/s of (a) on
# the smallest and the largest of them and their ratio (largest / smallest, target 0.7 to 1.3), printed
# and written to bench/target/linearity.csv. The machine's load (uptime) is printed first and last.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$root/bench"
out="$bench/target"
rounds="${BENCH_ROUNDS:-3}"
changed="${BENCH_CHANGED:-10}"
corpora="${BENCH_CORPORA:-broadleaf-common keycloak-services keycloak-services+policy broadleaf}"
store="${CONSENTFLOW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/consentflow}/bench"
dependency_plugin="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
maven_repo="${BENCH_MAVEN_REPO:-$HOME/.m2/repository}"
# Only a repository named on purpose is passed on: Maven's default may come from a settings.xml.
repo_args=()
[[ -n "${BENCH_MAVEN_REPO:-}" ]] && repo_args=("-Dmaven.repo.local=$BENCH_MAVEN_REPO")

# corpus name -> the source jars it is made of (groupId:artifactId:version)
declare -A jars=(
    [broadleaf-common]="org.broadleafcommerce:broadleaf-common:3.1.15-GA"
    [keycloak-services]="org.keycloak:keycloak-services:26.0.0"
    [keycloak-services+policy]="org.keycloak:keycloak-services:26.0.0"
    [broadleaf]="org.broadleafcommerce:broadleaf-common:3.1.15-GA org.broadleafcommerce:broadleaf-profile:3.1.15-GA org.broadleafcommerce:broadleaf-framework:3.1.15-GA"
)

# corpus -> its policy file, relative to the repository root; a corpus not listed is scanned with none.
broadleaf_policy="test-projects/broadleaf/consentflow.yaml"
declare -A policies=(
    [broadleaf-common]="$broadleaf_policy"
    [broadleaf]="$broadleaf_policy"
    [keycloak-services+policy]="bench/policies/keycloak-services.yaml"
)
# corpus -> the corpus of the same files whose b and c it shares when both are run (b and c read no policy).
declare -A same_files=([keycloak-services+policy]=keycloak-services)

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
    wall=$(printf '%.2f' "$(echo "$end - $start" | bc)")
    heap=$(grep -o 'Pause.*M->[0-9]*M' "$out/gc.log" 2>/dev/null | sed -E 's/.*->([0-9]+)M$/\1/' | sort -n | tail -n 1)
    heap="${heap:--}"
}
xlog="-Xlog:gc:file=$out/gc.log"

# Exit codes 1 and 3 are findings and skipped files: a finished scan. It runs in the corpus' work
# directory, where no consentflow.yaml or baseline is picked up by default: the policy is the corpus' own.
consentflow() {
    local rc=0
    (cd "$work" && java "$xlog" -jar "$jar" scan --output "$work/report" "${policy_args[@]}" "$@") || rc=$?
    (( rc != 2 ))
}
# The goal runs in Maven's own JVM, so the heap limit and the GC log go through MAVEN_OPTS; offline, so
# that no snapshot update check is timed (prepare_maven resolved everything). Arguments: the directories.
maven_check() {
    local sources
    sources="$(IFS=,; echo "$*")"
    MAVEN_OPTS="-Xmx1g $xlog" mvn -B -o -f "$bench/maven/pom.xml" "${repo_args[@]}" \
        -Dconsentflow.version="$version" -Dbench.sources="$sources" -Dconsentflow.outputDirectory="$work/maven" \
        "${maven_policy_args[@]}" generate-sources consentflow:check
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

# Whether a file under the given paths changed after the installed jar (first argument) was copied there.
newer_than() { [[ -n "$(find "${@:2}" -newer "$1" -print -quit)" ]]; }

# Makes the plugin of this checkout's version resolvable for m, then resolves bench/maven/pom.xml's
# plugins once online, so that a broken setup fails here and not after an hour of measures.
prepare_maven() {
    local group="$maven_repo/dev/consentflow"
    local plugin="$group/consentflow-maven-plugin/$version/consentflow-maven-plugin-$version.jar"
    local analyzer="$group/consentflow-analyzer/$version/consentflow-analyzer-$version.jar"
    if [[ ! -f "$plugin" || "${BENCH_INSTALL:-0}" == 1 ]]; then
        echo "bench: installing consentflow $version into $maven_repo (for m) ..." >&2
        mvn -B -q -f "$root/pom.xml" "${repo_args[@]}" install -DskipTests -Dinvoker.skip=true >&2 \
            || fail "could not install consentflow $version (see above)"
    elif newer_than "$analyzer" "$root/analyzer/src/main" "$root/analyzer/pom.xml" "$root/pom.xml" \
            || newer_than "$plugin" "$root/maven-plugin/src/main" "$root/maven-plugin/pom.xml"; then
        echo "bench: warning: the consentflow $version installed in $maven_repo is older than this" \
            "checkout's sources; m measures the installed one (BENCH_INSTALL=1 installs this checkout)" >&2
    fi
    mvn -B -q -f "$bench/maven/pom.xml" "${repo_args[@]}" -Dconsentflow.version="$version" \
        -Dbench.sources="$bench/maven" -Dconsentflow.skip=true generate-sources consentflow:check >&2 \
        || fail "could not resolve the plugins of bench/maven/pom.xml (see above)"
}

# The corpus whose b and c runs give a corpus' ratios: the one of the same files when it is run too.
baseline_of() {
    local twin="${same_files[$1]:-}"
    if [[ -n "$twin" && " $corpora " == *" $twin "* ]]; then echo "$twin"; else echo "$1"; fi
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
prepare_maven

echo "corpus,files,lines,measure,round,wall_s,heap_after_gc_mib" >"$out/runs.csv"
for corpus in $corpora; do
    [[ -n "${jars[$corpus]:-}" ]] || fail "unknown corpus $corpus (known: ${!jars[*]})"
    dirs=()
    for gav in ${jars[$corpus]}; do dirs+=("$(fetch "$gav")"); done
    files=$(find "${dirs[@]}" -name '*.java' | wc -l)
    lines=$(find "${dirs[@]}" -name '*.java' -exec cat {} + | wc -l)
    policy="${policies[$corpus]:-}"
    policy_args=() maven_policy_args=()
    if [[ -n "$policy" ]]; then
        policy_args=(--policy "$root/$policy")
        maven_policy_args=("-Dconsentflow.policyFile=$root/$policy")
    fi
    work="$store/work/$corpus"
    rm -rf "$work" && mkdir -p "$work"
    echo "== $corpus: $files files, $lines lines, policy ${policy:-none}"
    measure "$corpus" a consentflow --no-cache
    measure "$corpus" m maven_check
    if [[ "$(baseline_of "$corpus")" == "$corpus" ]]; then
        measure "$corpus" b checkstyle
        measure "$corpus" c parse_only
    else
        echo "  b and c: those of $(baseline_of "$corpus") (the same files)"
    fi

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

# Issue 7's linearity target compares the lines/s of (a) on a small and a large corpus; only corpora
# scanned with the same policy compare, since the policy decides how much of the code is analyzed.
linearity() {
    local file="$out/linearity.csv" policy corpus small large r met compared=0
    local -a group
    echo "policy,small_corpus,small_lines,small_lines_per_s,large_corpus,large_lines,large_lines_per_s,large_over_small,within_30_percent" >"$file"
    echo "== linearity (lines/s of a; largest / smallest corpus of one policy, target 0.7 to 1.3)"
    for policy in $(for corpus in $corpora; do echo "${policies[$corpus]:-none}"; done | sort -u); do
        mapfile -t group < <(for corpus in $corpora; do
            if [[ "${policies[$corpus]:-none}" == "$policy" ]]; then echo "${lines_of[$corpus]} $corpus"; fi
        done | sort -n | cut -d' ' -f2)
        (( ${#group[@]} >= 2 )) || continue
        compared=1
        small="${group[0]}" large="${group[-1]}"
        r=$(ratio "${speed_of[$large]}" "${speed_of[$small]}")
        met=no
        if (( $(echo "$r >= 0.7 && $r <= 1.3" | bc) )); then met=yes; fi
        echo "$policy,$small,${lines_of[$small]},${speed_of[$small]},$large,${lines_of[$large]},${speed_of[$large]},$r,$met" >>"$file"
        printf '%s: %s %s lines/s, %s %s lines/s: ratio %s, within 30 %%: %s\n' \
            "$policy" "$small" "${speed_of[$small]}" "$large" "${speed_of[$large]}" "$r" "$met"
    done
    (( compared )) || echo "no two corpora with the same policy were run (broadleaf-common and broadleaf are such a pair)"
}

summary="$out/summary.csv"
declare -A lines_of speed_of
echo "corpus,files,lines,a_s,b_s,c_s,d0_s,d1_s,a_over_b,a_over_c,d0_over_a,d1_over_a,a_lines_per_s,a_heap_mib,b_heap_mib,d0_heap_mib,m_s,m_heap_mib,policy" >"$summary"
echo "== summary (medians; commit $commit, $(date -u +%Y-%m-%d))"
row='%-24s %7s %8s %8s %8s %8s %8s %8s %6s %6s %6s %6s %8s %6s %6s\n'
printf "$row" corpus lines a m b c d0 d1 a/b a/c d0/a d1/a lines/s aMiB mMiB
for corpus in $corpora; do
    read -r files lines < <(awk -F, -v c="$corpus" '$1 == c {print $2, $3; exit}' "$out/runs.csv")
    base="$(baseline_of "$corpus")"
    a=$(median "$corpus" a 6); m=$(median "$corpus" m 6); b=$(median "$base" b 6); c=$(median "$base" c 6)
    d0=$(median "$corpus" d0 6); d1=$(median "$corpus" d1 6)
    ab=$(ratio "$a" "$b"); ac=$(ratio "$a" "$c"); d0a=$(ratio "$d0" "$a"); d1a=$(ratio "$d1" "$a")
    speed=$(echo "$lines / $a" | bc)
    ah=$(median "$corpus" a 7); mh=$(median "$corpus" m 7); bh=$(median "$base" b 7); d0h=$(median "$corpus" d0 7)
    lines_of[$corpus]="$lines" speed_of[$corpus]="$speed"
    echo "$corpus,$files,$lines,$a,$b,$c,$d0,$d1,$ab,$ac,$d0a,$d1a,$speed,$ah,$bh,$d0h,$m,$mh,${policies[$corpus]:-none}" >>"$summary"
    printf "$row" "$corpus" "$lines" "$a" "$m" "$b" "$c" "$d0" "$d1" "$ab" "$ac" "$d0a" "$d1a" "$speed" "$ah" "$mh"
done
for corpus in $corpora; do
    base="$(baseline_of "$corpus")"
    [[ "$base" == "$corpus" ]] || echo "(b and c of $corpus are those of $base: the same files)"
done
linearity
echo "bench: load after: $(uptime)"
echo "bench: wrote $out/runs.csv, $summary and $out/linearity.csv"
