import groovy.json.JsonSlurper

// The build failed (invoker.properties); here: consentflow:aggregate analyzed both modules once, at the
// reactor root, failed for the one unguarded send of campaigns and wrote one report set at the root.
def log = new File(basedir, 'build.log').readLines()
assert log.count { it ==~ /\[INFO\] --- consentflow-maven-plugin:.*:aggregate .* @ multi-module-aggregate ---/ } == 1
assert log.count { it ==~ /\[INFO\] consentflow analyzed in .*/ } == 1
assert log.any { it.contains('on project multi-module-aggregate: consentflow found 1 error finding(s)') }
assert log.any { it ==~ /\[INFO\] consentflow: 1 error, 0 warnings in 4 files .*/ } : 'both modules analyzed'

def reports = new File(basedir, 'target/consentflow')
['report.json', 'report.sarif', 'index.html', 'datamap.json', 'datamap.csv'].each { name ->
    assert new File(reports, name).isFile() : "no ${name} at the root"
}
['customers', 'campaigns'].each { module ->
    assert !new File(basedir, "${module}/target/consentflow").exists() : "a report of its own in ${module}"
}

// Paths are relative to the git repository the build lies in: the sources of the multi-module project
// (build-helper roots) and those of this clone.
def gitRoot = basedir.canonicalFile
while (!new File(gitRoot, '.git').exists()) {
    gitRoot = gitRoot.parentFile
}
def clone = gitRoot.toPath().relativize(basedir.canonicalFile.toPath()).toString().replace(File.separator, '/')
def springSale = 'test-projects/multi-module/campaigns/src/main/java/shop/campaigns/SpringSale.java'
def receipts = "${clone}/customers/src/main/java/shop/customers/Receipts.java"

def report = new JsonSlurper().parse(new File(reports, 'report.json'))
assert report.summary.filesAnalyzed == 4
assert report.diagnostics == []
assert report.findings.collect { "${it.rule} ${it.location.path}:${it.location.line}" } ==
        ["unconsented-use ${springSale}:20".toString()]
// One program: the flow starts at the field read in the customers module's sources, not in its classes.
assert report.findings[0].flow[0].location.path == 'test-projects/multi-module-domain/customers/shop/customers/Customer.java'

def sarif = new JsonSlurper().parse(new File(reports, 'report.sarif'))
assert sarif.runs.size() == 1
assert sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri } == [springSale]

// The data map holds the flows of both modules: the receipt in customers, the two sends in campaigns.
def rows = new File(reports, 'datamap.csv').readLines().drop(1).collect { line ->
    def cells = line.split(',', -1)
    "${cells[6]} ${cells[-1]}".toString()
}
assert rows.toSorted() == ["guarded ${springSale}:15", "guarded ${springSale}:15", "other-legal-basis ${receipts}:9",
        "unguarded ${springSale}:20"]*.toString().toSorted() : rows

assert new File(reports, 'index.html').text.contains('SpringSale.java')
