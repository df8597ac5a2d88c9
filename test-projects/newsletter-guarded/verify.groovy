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
// Locations are relative to the git repository root (DESIGN §2), wherever this project lies in it.
def locations = datamap.drop(1).collect { it.substring(it.lastIndexOf(',') + 1) }
assert locations.size() == 2 : locations
assert locations[0].endsWith('src/main/java/news/WeeklyDigest.java:18') : locations
assert locations[1].endsWith('src/main/java/news/WelcomeSeries.java:15') : locations
assert locations.every { !it.startsWith('/') } : locations

// The phase timings, in one line at info level, and the cache for the next build.
assert log.count { it ==~ /\[INFO\] consentflow analyzed in [0-9.]+ s \(cache [0-9.]+ s, parse .*, rules [0-9.]+ s\)/ } == 1
assert new File(reports, 'cache/result.json').isFile()
