#!/usr/bin/env bash
# Measures the Checkstyle check on a large project, as an IDE runs it: one Checker kept across single-file
# checks of the Broadleaf Commerce 3.1.15-GA sources (142k lines; fetched as scripts/broadleaf-scan.sh does)
# with their policy. Prints the wall time of a cold check (the whole-project analysis), of re-checks of the
# unchanged project, and of a check after a one-line edit (the edit is undone at the end).
# Then the re-check after an edit in detail (RecheckBench), per kind of edit: a comment line appended
# (comment), a blank line at the top (shift), a statement doubled in a method with personal data (body), a
# parameter added to a called private method (signature), a method with personal data made public
# (visibility), the last closing brace removed so that the file no longer parses (break). Of each kind BENCH_EDITS edits (default 5) in files drawn with the fixed seed BENCH_SEED
# (default 42) are made one at a time; the edited file is re-checked, then another file, the edit undone and
# the file re-checked again. Prints one table: per kind the median re-check split into parse and analysis time,
# against a cold check and a full analysis by a fresh analyzer in the same run; then the heap after GC.
# BENCH_KINDS (default all six, comma-separated) picks kinds. With BENCH_VERIFY=1 (default; 0 skips it)
# the warm analyzer's findings in every file are compared with a fresh analyzer's after the last edit of
# each kind; a difference is printed and makes the exit code 1. The sources are left unedited in any case.
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
    "${BENCH_EDITS:-5}" "${BENCH_SEED:-42}" "${BENCH_VERIFY:-1}" \
    "${BENCH_KINDS:-comment,shift,body,signature,visibility,break}" \
    "$sources/common" "$sources/profile" "$sources/framework"
