package notifytck.kit.msmq;

import java.time.Duration;

/**
 * Real-time slack for implementations without a virtual clock, kept apart by purpose: how early
 * the kit still counts "nothing yet" as honest, and how late it still accepts "it happened".
 */
final class MsmqTime {
    private MsmqTime() {}

    /** An event may not come before its time; the kit stops watching this long before it. */
    static Duration early() {
        return read("notifytck.msmq.early", 50);
    }

    /** An event due at T must have come by T plus this. */
    static Duration late() {
        return read("notifytck.msmq.late", 1000);
    }

    private static Duration read(String property, long defaultMillis) {
        String v = System.getProperty(property, "");
        if (v.isBlank()) {
            return Duration.ofMillis(defaultMillis);
        }
        try {
            long ms = Long.parseLong(v.trim());
            if (ms < 0) {
                throw new NumberFormatException("negative");
            }
            return Duration.ofMillis(ms);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + property + " must be a number of milliseconds >= 0, was '" + v + "'");
        }
    }
}
