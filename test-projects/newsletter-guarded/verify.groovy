import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
assert !log.any { it.contains('[unconsented-use]') }

def reports = new File(basedir, 'target/consentflow')
assert new File(reports, 'report.json').isFile()
def sarif = new JsonSlurper().parse(new File(reports, 'report.sarif'))
assert sarif.runs.size() == 1
assert sarif.runs[0].results == []

// The default formats add the reviewers' page and the data map: both sends are flows, guarded by the ledger.
assert new File(reports, 'index.html').isFile()
assert log.any { it.contains('consentflow: wrote ') && it.endsWith('index.html') }
def datamap = new File(reports, 'datamap.csv').readLines()
assert datamap[0] == 'category,subject,purpose,legal_basis,source_member,sink_member,status,guard,location'
assert datamap.size() == 3 : datamap
datamap.drop(1).each { row ->
    assert row.contains(',guarded,ConsentLedger.allowsMarketing,') : row
}
assert datamap.drop(1).collect { it.substring(it.lastIndexOf(',') + 1) } ==
        ['src/main/java/news/WeeklyDigest.java:18', 'src/main/java/news/WelcomeSeries.java:15']

// The phase timings, in one line at info level, and the cache for the next build.
assert log.count { it ==~ /\[INFO\] consentflow analyzed in [0-9.]+ s \(cache [0-9.]+ s, parse .*, rules [0-9.]+ s\)/ } == 1
assert new File(reports, 'cache/result.json').isFile()
