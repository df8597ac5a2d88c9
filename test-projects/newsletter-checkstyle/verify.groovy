// The build failed (invoker.properties); here: for the two unguarded sends, in checkstyle-result.xml.
def result = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/checkstyle-result.xml'))
def errors = result.file.collectMany { file ->
    file.error.collect { e -> [file.@name.text().replace('\\', '/').replaceAll('.*/src/main/java/', ''),
                               e.@line.text() as int, e.@column.text() as int, e.@severity.text(), e.@message.text(),
                               e.@source.text()] }
}
def message = '[unconsented-use] personal data (user.contact.email) of c reaches Mailer.sendIssue ' +
        '(marketing.communications.email) with no consent check for c; source: reads email (user.contact.email), Customer.java:22'
def check = 'dev.consentflow.analyzer.checkstyle.ConsentFlowCheck'
assert errors.sort { it[0] } == [
    ['news/WeeklyDigest.java', 17, 20, 'error', message, check],
    ['news/WelcomeSeries.java', 14, 16, 'error', message, check],
]

def log = new File(basedir, 'build.log').text
assert log.contains('You have 2 Checkstyle violations.')
