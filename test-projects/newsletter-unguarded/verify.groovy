// The build failed (invoker.properties); here: it failed for the two unguarded sends, and said where.
def log = new File(basedir, 'build.log').readLines()

// Each finding stands at its sink call (the called method's name), printed relative to the top-level project directory.
['src/main/java/news/WeeklyDigest.java:17:20', 'src/main/java/news/WelcomeSeries.java:14:16'].each { where ->
    assert log.any { it.startsWith("[ERROR] ${where}: error: [unconsented-use] ") } : "no finding at ${where}"
}
assert log.any { it.contains('consentflow found 2 error finding(s)') }

def reports = new File(basedir, 'target/consentflow')
assert new File(reports, 'report.json').isFile()
assert new File(reports, 'report.sarif').isFile()
