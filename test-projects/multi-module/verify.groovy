import groovy.json.JsonSlurper

// Both runs of invoker.properties failed; build.log holds them one after the other. Here: each failed in
// campaigns for its one unguarded send, found through the field annotations in the customers jar, and
// customers passed its check.
def runs = []
new File(basedir, 'build.log').eachLine { line ->
    if (line.contains('[INFO] Scanning for projects...')) {
        runs << []
    } else if (runs) {
        runs[-1] << line
    }
}
assert runs.size() == 2 : "two Maven runs expected in build.log, found ${runs.size()}"
assert runs[1].any { it ==~ /.*MultiThreadedBuilder implementation with a thread count of \d+.*/ }
// The first run kept its results in each module's cache; the second did not use it, it analyzed.
assert runs.every { log -> log.count { it ==~ /\[INFO\] consentflow analyzed in .*/ } == 2 }
assert new File(basedir, 'campaigns/target/consentflow/cache/result.json').isFile()

// The finding stands at the called method's name, relative to the top-level project directory.
def unguarded = '[ERROR] campaigns/src/main/java/shop/campaigns/SpringSale.java:20:16: error: [unconsented-use] '
runs.eachWithIndex { log, i ->
    def run = "run ${i + 1}"
    def findings = log.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+:\d+: (error|warning): \[.*/ }
    assert findings.size() == 1 && findings[0].startsWith(unguarded) : "${run}: findings ${findings}"
    assert log.any { it ==~ /\[INFO\] customers \.+ SUCCESS .*/ } : "${run}: customers did not pass"
    assert log.any { it ==~ /\[INFO\] campaigns \.+ FAILURE .*/ } : "${run}: campaigns did not fail"
    assert log.any { it.contains('on project campaigns: consentflow found 1 error finding(s)') } : run
}

def report = { module -> new JsonSlurper().parse(new File(basedir, "${module}/target/consentflow/report.json")) }
assert report('customers').findings == []
assert report('campaigns').findings.size() == 1
// Every classpath element was read: a skipped jar would be a diagnostic.
assert report('campaigns').diagnostics == []
