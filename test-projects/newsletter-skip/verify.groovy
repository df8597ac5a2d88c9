def log = new File(basedir, 'build.log').readLines()
assert log.any { it.contains('consentflow check skipped (consentflow.skip=true)') }
assert !new File(basedir, 'target/consentflow').exists()
