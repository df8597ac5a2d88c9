package acme.logging;

import acme.domain.Anon;
import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Lead;
import java.util.List;
import java.util.logging.Level;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.logging.log4j.LogManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * personal-data-logged: SLF4J, Log4j 2 and commons-logging through the stand-ins under
 * {@code src/test/cases/org} (resolved by type, whatever the field is called), java.util.logging from the
 * JDK, Log4j 1 unresolved (recognized by a field named log/logger), System.out/err, printStackTrace and
 * exception messages. Consent does not make logging personal data acceptable.
 */
public class Logging {
    private static final Logger log = LoggerFactory.getLogger(Logging.class);
    private static final Logger audit = LoggerFactory.getLogger(Logging.class);
    private static final org.apache.logging.log4j.Logger log4j = LogManager.getLogger(Logging.class);
    private static final Log commons = LogFactory.getLog(Logging.class);
    private static final java.util.logging.Logger jul = java.util.logging.Logger.getLogger("acme");
    private static final org.apache.log4j.Logger logger = org.apache.log4j.Logger.getLogger(Logging.class);
    ConsentService consent;

    public void slf4jPlaceholder(Customer c) {
        log.info("sending newsletter to {}", c.getEmail()); // EXPECT: personal-data-logged
    }

    public void slf4jConcatenation(Customer c) {
        log.debug("customer " + c.getName() + " signed up"); // EXPECT: personal-data-logged
    }

    public void slf4jResolvedByTypeNotName(Customer c) {
        audit.warn("phone changed to {}", c.getPhone()); // EXPECT: personal-data-logged
    }

    public void slf4jCleanArguments(Customer c, List<Customer> all) {
        log.info("sending newsletter to {} customers", all.size()); // SAFE
        log.info("customer {} signed up", c.getId()); // SAFE
        log.debug("newsletter job started"); // SAFE
        commons.debug("batch of " + all.size()); // SAFE
        System.err.println("nobody to mail: " + all.isEmpty()); // SAFE
    }

    public void loggedEvenWithConsent(Customer c) {
        if (consent.mayMarket(c)) {
            log.info("consented: {}", c.getEmail()); // EXPECT: personal-data-logged
        }
    }

    public void log4j2(Customer c) {
        log4j.error("bounce for " + c.getEmail()); // EXPECT: personal-data-logged
    }

    public void log4j2Clean(Customer c) {
        log4j.error("bounce for customer {}", c.getId()); // SAFE
    }

    public void commonsLogging(Customer c) {
        commons.info(c.getName()); // EXPECT: personal-data-logged
    }

    public void julLevels(Customer c) {
        jul.info("address " + c.getEmail()); // EXPECT: personal-data-logged
        jul.log(Level.WARNING, "name {0}", c.getName()); // EXPECT: personal-data-logged
        jul.fine("newsletter job finished"); // SAFE
    }

    public void unresolvedLoggerByFieldName(Customer c) {
        logger.info("sent to " + c.getEmail()); // EXPECT: personal-data-logged
    }

    public void systemOut(Customer c) {
        System.out.println("to " + c.getEmail()); // EXPECT: personal-data-logged
        System.out.println("newsletter sent"); // SAFE
    }

    public void recordRenderedByConcatenation(Lead k) {
        System.out.println("contact " + k); // EXPECT: personal-data-logged
    }

    public void recordPrinted(Lead k) {
        System.out.println(k); // EXPECT: personal-data-logged
    }

    public void recordConvertedByValueOf(Lead k) {
        log.info(String.valueOf(k)); // EXPECT: personal-data-logged
    }

    public void systemErr(Customer c) {
        System.err.printf("failed for %s%n", c.getName()); // EXPECT: personal-data-logged
    }

    public void lengthsAreClean(Customer c) {
        System.out.println("name has " + c.getName().length() + " characters"); // SAFE
    }

    public void hashesStayPersonal(Customer c) {
        log.info("customer hash {}", c.getEmail().hashCode()); // EXPECT: personal-data-logged
    }

    public void anonymizedIsClean(Customer c) {
        log.info("domain {}", Anon.domainOf(c.getEmail())); // SAFE
    }

    public void exceptionMessage(Customer c) {
        throw new IllegalArgumentException("unknown address " + c.getEmail()); // EXPECT: personal-data-logged
    }

    public void exceptionMessageWithoutData(Customer c) {
        throw new IllegalArgumentException("unknown customer " + c.getId()); // SAFE
    }

    public void printStackTraceOfPersonalMessage(Customer c) {
        try {
            validate(c);
        } catch (IllegalStateException e) {
            e.printStackTrace(); // EXPECT: personal-data-logged
        }
    }

    public void printStackTraceOfCleanException() {
        try {
            Integer.parseInt("x");
        } catch (NumberFormatException e) {
            e.printStackTrace(); // SAFE
        }
    }

    public void exceptionLoggedWithItsMessage(Customer c) {
        try {
            validate(c);
        } catch (IllegalStateException e) {
            log.error("validation failed", e); // EXPECT: personal-data-logged
        }
    }

    public void exceptionMessageOnly(Customer c) {
        try {
            validate(c);
        } catch (IllegalStateException e) {
            commons.warn("validation failed: " + e.getMessage(), null); // EXPECT: personal-data-logged
        }
    }

    public static void validate(Customer c) {
        if (c.getEmail().indexOf('@') < 0) {
            throw new IllegalStateException("not an address: " + c.getEmail()); // EXPECT: personal-data-logged
        }
    }
}
