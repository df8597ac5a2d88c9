import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
assert log.any { it.contains('MultiThreadedBuilder implementation with a thread count of 2') }
assert !log.any { it.contains('[unconsented-use]') }

for (module in ['customers', 'campaigns']) {
    def report = new JsonSlurper().parse(new File(basedir, "${module}/target/consentflow/report.json"))
    assert report.summary.filesAnalyzed > 0 : "${module} was not analyzed"
    assert report.findings == [] : "${module}: ${report.findings}"
    assert report.diagnostics == [] : "${module}: ${report.diagnostics}"
}
