package notifytck.run;

import io.cucumber.core.eventbus.UuidGenerator;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ids Cucumber gives every pickle, step and event of a run. Its default draws each from
 * SecureRandom, a tenth of the self-test's CPU; its incrementing generator allows only 256
 * instances in a JVM, one per run, and a JVM that runs the suite more often than that (the
 * self-test, a nightly of many implementations, the fuzz tests) ran out of them. These are unique
 * within the JVM by a counter and, by a random prefix drawn once, across JVMs: a version-8 UUID.
 * Registered for Cucumber's ServiceLoader in META-INF/services and named by every run's settings.
 */
public final class PickleIds implements UuidGenerator {
    private static final long PREFIX = new SecureRandom().nextLong();
    private static final AtomicLong COUNTER = new AtomicLong();

    @Override
    public UUID generateId() {
        long mostSignificant = (PREFIX & ~0xF000L) | 0x8000L; // version 8: laid out by the application
        long leastSignificant = (COUNTER.incrementAndGet() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // the IETF variant
        return new UUID(mostSignificant, leastSignificant);
    }
}
