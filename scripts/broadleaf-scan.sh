#!/usr/bin/env bash
# Runs consentflow on real code: the sources of Broadleaf Commerce 3.1.15-GA (broadleaf-common,
# broadleaf-profile and broadleaf-framework; 1,285 files, 142k lines) with the policy a privacy
# reviewer wrote for them, test-projects/broadleaf/consentflow.yaml. Only the JDK is on the classpath.
#
# The -sources.jar files are fetched with Maven from Maven Central (into ~/.m2, as any artifact) and
# unpacked once into a cache directory, ${CONSENTFLOW_CACHE:-~/.cache/consentflow}/broadleaf-3.1.15-GA.
# Prints the findings, the files and lines analyzed, the diagnostics by kind and the wall time; the
# reports (report.json, report.sarif, index.html, datamap.csv, datamap.json) go to the cache directory's
# report/ folder.
#
# With --fetch-only it only fetches, and prints the sources folder.
#
# Exit code: the scan's (0 clean, 1 error findings, 2 bad input, 3 something skipped); 2 also when
# fetching fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="3.1.15-GA"
modules=(common profile framework)
cache="${CONSENTFLOW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/consentflow}/broadleaf-$version"
sources="$cache/sources"
policy="$root/test-projects/broadleaf/consentflow.yaml"
# The plugin version the test project test-projects/broadleaf uses, so both fetch alike.
dependency_plugin="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

fetch_start=$(date +%s)
for module in "${modules[@]}"; do
    target="$sources/$module"
    if [[ -f "$target/.unpacked" ]]; then
        continue
    fi
    echo "broadleaf-scan: fetching org.broadleafcommerce:broadleaf-$module:$version sources ..." >&2
    rm -rf "$target"
    if ! mvn -q -B "$dependency_plugin:unpack" \
            -Dartifact="org.broadleafcommerce:broadleaf-$module:$version:jar:sources" \
            -DoutputDirectory="$target" -Dmdep.unpack.includes='**/*.java' >&2; then
        echo "broadleaf-scan: error: could not fetch broadleaf-$module $version sources (see above)" >&2
        exit 2
    fi
    touch "$target/.unpacked"
done
fetch_seconds=$(( $(date +%s) - fetch_start ))
if [[ "${1:-}" == "--fetch-only" ]]; then
    # For other scripts (checkstyle-bench.sh): the folder holding common/, profile/ and framework/.
    echo "$sources"
    exit 0
fi

# Build the analyzer first (./consentflow does it when needed), so that the scan's time is the scan's.
"$root/consentflow" --version >/dev/null

output="$(mktemp)"
trap 'rm -f "$output"' EXIT
start=$(date +%s.%N)
status=0
# From the sources folder, so that reported paths read common/org/..., profile/org/..., framework/org/...
(cd "$sources" && "$root/consentflow" scan --policy "$policy" --output "$cache/report" "${modules[@]}") \
    >"$output" 2>&1 || status=$?
seconds=$(echo "$(date +%s.%N) - $start" | bc)

if [[ $status -eq 2 ]]; then
    cat "$output" >&2
    exit 2
fi

echo "== findings"
grep -E '^[^ ]+:[0-9]+:[0-9]+: (error|warning): \[' "$output" || echo "(none)"
echo "== diagnostics (what could not be analyzed or matched)"
labels='parse error|cannot read|unresolved|policy|skipped|unknown key'
diagnostics="$(grep -E "^[^ ]+: ($labels): " "$output" || true)"
if [[ -z "$diagnostics" ]]; then
    echo "(none)"
else
    head -n 20 <<<"$diagnostics"
    count=$(wc -l <<<"$diagnostics")
    if (( count > 20 )); then
        echo "... $count in all; by kind:"
        sed -E "s/^[^ ]+: ($labels): .*/\1/" <<<"$diagnostics" | sort | uniq -c
    fi
fi
echo "== summary"
grep -E '^consentflow: [0-9]+ errors?, ' "$output"
printf 'wall time: %.1f s for the scan (fetching and unpacking: %d s)\n' "$seconds" "$fetch_seconds"
echo "reports: $cache/report/"
exit "$status"
