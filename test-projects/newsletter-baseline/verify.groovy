import groovy.json.JsonSlurper

// Three runs (invoker.properties) wrote build.log one after the other: split it by run.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)*.readLines()
assert runs.size() == 3 : "three Maven runs expected in build.log, found ${runs.size()}"
def (baselineRun, checkRun, newSendRun) = runs
// The unguarded sends come from test-projects/newsletter-unguarded, outside this project: the console
// prints them with their absolute path, which ends so.
def weekly = 'src/main/java/news/WeeklyDigest.java:17:20: error: [unconsented-use] '
def welcome = 'src/main/java/news/WelcomeSeries.java:14:16: error: [unconsented-use] '
def reason = 'sent once on sign-up, where the reader gives consent in the same form'

// Run 1, consentflow:baseline: accepts the weekly send; the suppressed welcome send is left out.
def baselineFile = new File(basedir, 'consentflow-baseline.json')
assert baselineRun.any { it ==~ /\[INFO\] consentflow: wrote 1 finding\(s\) to .*consentflow-baseline\.json/ }
assert baselineRun.any { it.contains('BUILD SUCCESS') }
assert !baselineRun.any { it.startsWith('[ERROR]') } : 'the baseline goal reports its findings as information'

// Run 2, verify: both findings are reported, marked, and the build passes.
assert checkRun.any { it.contains(weekly) && it.endsWith(' (baselined)') } : 'the weekly send is baselined'
assert checkRun.any { it.contains(welcome) && it.endsWith(" (suppressed: ${reason})") } : 'the welcome send is suppressed'
assert checkRun.any { it.contains('consentflow: 0 errors, 0 warnings in ') && it.endsWith('; 1 suppressed; 1 baselined') }
assert checkRun.any { it.contains('BUILD SUCCESS') }

// Run 3, verify with a send added after the baseline: only the new send is an error, and it fails the build.
def errors = newSendRun.findAll { it ==~ /\[ERROR\] \S+:\d+:\d+: error: .*/ }
assert errors.size() == 1 && errors[0].contains('new-send/news/LastChance.java:12:16: error: [unconsented-use] ') : errors
assert newSendRun.any { it.contains('consentflow found 1 error finding(s)') }

// The check never rewrote the baseline: it still holds the one finding of run 1.
def baseline = new JsonSlurper().parse(baselineFile)
assert baseline.version == 1 && baseline.fingerprints == 'consentflow/v1'
assert baseline.findings.size() == 1 : baseline.findings
assert baseline.findings[0].rule == 'unconsented-use'
assert baseline.findings[0].member == 'news.WeeklyDigest#publish(List<Customer>,String)'
assert !baselineFile.text.contains('"line"')

// SARIF of run 3: every result carries its fingerprint; the baselined one is unchanged with the baseline's
// fingerprint, the suppressed one carries its justification, the new one is new.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/consentflow/report.sarif'))
def results = sarif.runs[0].results
assert results.size() == 3
assert results.every { it.partialFingerprints['consentflow/v1'] ==~ /[0-9a-f]{32}/ }
def byFile = results.collectEntries { [(it.locations[0].physicalLocation.artifactLocation.uri.tokenize('/')[-1]): it] }
assert byFile['WeeklyDigest.java'].baselineState == 'unchanged'
assert byFile['WeeklyDigest.java'].partialFingerprints['consentflow/v1'] == baseline.findings[0].fingerprint
assert byFile['WelcomeSeries.java'].suppressions == [[kind: 'external', status: 'accepted', justification: reason,
        location: byFile['WelcomeSeries.java'].suppressions[0].location]]
assert byFile['LastChance.java'].baselineState == 'new'
assert !byFile['LastChance.java'].suppressions

// SARIF paths start at the root of the git repository the build lies in (DESIGN §2), else at the top-level
// project directory; the console prints them from the directory Maven ran in.
def root = basedir.canonicalFile
for (def dir = root; dir != null; dir = dir.parentFile) {
    if (new File(dir, '.git').exists()) {
        root = dir
        break
    }
}
def expected = root.toPath().relativize(new File(basedir, 'new-send/news/LastChance.java').canonicalFile.toPath())
        .toString().replace(File.separator, '/')
assert byFile['LastChance.java'].locations[0].physicalLocation.artifactLocation.uri == expected
