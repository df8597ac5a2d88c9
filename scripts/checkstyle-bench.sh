#!/usr/bin/env bash
# Measures the Checkstyle check on a large project, as an IDE runs it: one Checker kept across single-file
# checks of the Broadleaf Commerce 3.1.15-GA sources (142k lines; fetched as scripts/broadleaf-scan.sh does)
# with their policy. Prints the wall time of a cold check (the whole-project analysis), of re-checks of the
# unchanged project, and of a check after a one-line edit (the edit is undone at the end).
# Then the re-check after an edit in detail (RecheckBench): BENCH_EDITS files (default 7) drawn with the
# fixed seed BENCH_SEED (default 42) are edited one after another and re-checked, each split into parse and
# analysis time; it prints their medians against a cold check and a full analysis in the same run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sources="$("$root/scripts/broadleaf-scan.sh" --fetch-only)"
classpath="$(mktemp)"
trap 'rm -f "$classpath"' EXIT

mvn -q -B -f "$root/pom.xml" -pl analyzer -am test-compile -DskipTests >&2
mvn -q -B -f "$root/analyzer/pom.xml" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$classpath" >&2

file_a="$sources/common/org/broadleafcommerce/common/email/service/EmailServiceImpl.java"
file_b="$sources/profile/org/broadleafcommerce/profile/core/domain/CustomerImpl.java"
java -Xss512m -cp "$root/analyzer/target/test-classes:$root/analyzer/target/classes:$(cat "$classpath")" \
    dev.consentflow.analyzer.checkstyle.CheckstyleBench "$root/test-projects/broadleaf/consentflow.yaml" \
    "$file_a" "$file_b" "$sources/common" "$sources/profile" "$sources/framework"
java -Xss512m -cp "$root/analyzer/target/test-classes:$root/analyzer/target/classes:$(cat "$classpath")" \
    dev.consentflow.analyzer.incremental.RecheckBench "$root/test-projects/broadleaf/consentflow.yaml" \
    "${BENCH_EDITS:-7}" "${BENCH_SEED:-42}" "$sources/common" "$sources/profile" "$sources/framework"
