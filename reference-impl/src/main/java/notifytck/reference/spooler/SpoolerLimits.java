package notifytck.reference.spooler;

/**
 * The bounds that keep one spooler's memory finite (docs/spooler-readings.md, "Bounded memory"),
 * and the size of the delivery pool. Tests shrink them to reach the limits cheaply.
 *
 * @param queueLimit          undelivered notifications per (channel, receiver)
 * @param maxChannels         channel objects not yet freed
 * @param maxRegistrations    registrations not yet unregistered
 * @param maxNotificationBytes the largest payload one notification may carry, counted in UTF-8 bytes
 * @param deliveryThreads     threads of the delivery pool
 */
public record SpoolerLimits(int queueLimit, int maxChannels, int maxRegistrations,
                            long maxNotificationBytes, int deliveryThreads) {

    public static final int DEFAULT_QUEUE_LIMIT = 1000;
    public static final int DEFAULT_MAX_CHANNELS = 10_000;
    public static final int DEFAULT_MAX_REGISTRATIONS = 10_000;
    /** "10 MB" read as 10 MiB. */
    public static final long DEFAULT_MAX_NOTIFICATION_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_DELIVERY_THREADS = 2;

    public SpoolerLimits {
        positive(queueLimit, "queueLimit");
        positive(maxChannels, "maxChannels");
        positive(maxRegistrations, "maxRegistrations");
        positive(maxNotificationBytes, "maxNotificationBytes");
        positive(deliveryThreads, "deliveryThreads");
    }

    public static SpoolerLimits defaults() {
        return new SpoolerLimits(DEFAULT_QUEUE_LIMIT, DEFAULT_MAX_CHANNELS, DEFAULT_MAX_REGISTRATIONS,
                DEFAULT_MAX_NOTIFICATION_BYTES, DEFAULT_DELIVERY_THREADS);
    }

    public SpoolerLimits withQueueLimit(int value) {
        return new SpoolerLimits(value, maxChannels, maxRegistrations, maxNotificationBytes, deliveryThreads);
    }

    public SpoolerLimits withMaxChannels(int value) {
        return new SpoolerLimits(queueLimit, value, maxRegistrations, maxNotificationBytes, deliveryThreads);
    }

    public SpoolerLimits withMaxRegistrations(int value) {
        return new SpoolerLimits(queueLimit, maxChannels, value, maxNotificationBytes, deliveryThreads);
    }

    public SpoolerLimits withMaxNotificationBytes(long value) {
        return new SpoolerLimits(queueLimit, maxChannels, maxRegistrations, value, deliveryThreads);
    }

    public SpoolerLimits withDeliveryThreads(int value) {
        return new SpoolerLimits(queueLimit, maxChannels, maxRegistrations, maxNotificationBytes, value);
    }

    /** Counts without encoding, so that refusing a huge payload does not first copy it. */
    boolean exceedsNotificationSize(String payload) {
        if ((long) payload.length() > maxNotificationBytes) {
            return true; // every char is at least one byte
        }
        if ((long) payload.length() * 3 <= maxNotificationBytes) {
            return false; // no char takes more than three bytes
        }
        long bytes = 0;
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < payload.length()
                    && Character.isLowSurrogate(payload.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
            if (bytes > maxNotificationBytes) {
                return true;
            }
        }
        return false;
    }

    private static void positive(long value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
    }
}
