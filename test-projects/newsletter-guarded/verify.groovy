import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
assert !log.any { it.contains('[unconsented-use]') }

def reports = new File(basedir, 'target/consentflow')
assert new File(reports, 'report.json').isFile()
def sarif = new JsonSlurper().parse(new File(reports, 'report.sarif'))
assert sarif.runs.size() == 1
assert sarif.runs[0].results == []

// The phase timings, in one line at info level, and the cache for the next build.
assert log.count { it ==~ /\[INFO\] consentflow analyzed in [0-9.]+ s \(cache [0-9.]+ s, parse .*, rules [0-9.]+ s\)/ } == 1
assert new File(reports, 'cache/result.json').isFile()
