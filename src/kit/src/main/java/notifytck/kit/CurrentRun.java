package notifytck.kit;

import notifytck.spi.NotificationImplementation;

/**
 * The implementation the running conformance run judges. The run publishes it before it launches
 * the scenarios and properties, and withdraws it after; the hooks and properties read it here.
 * Runs in one JVM take turns (see {@code notifytck.run.ConformanceRun}), so one slot is enough.
 */
public final class CurrentRun {
    private static volatile NotificationImplementation implementation;

    private CurrentRun() {}

    public static void begin(NotificationImplementation i) {
        implementation = i;
    }

    public static void end() {
        implementation = null;
    }

    /**
     * The implementation being judged. Outside a run (the features launched straight from an IDE
     * or by PIT), the single ServiceLoader provider on the classpath.
     */
    public static NotificationImplementation implementation() {
        NotificationImplementation i = implementation;
        return i != null ? i : Standalone.ONLY;
    }

    private static final class Standalone {
        static final NotificationImplementation ONLY = only();

        private static NotificationImplementation only() {
            java.util.List<NotificationImplementation> found = java.util.ServiceLoader.load(NotificationImplementation.class).stream()
                    .map(java.util.ServiceLoader.Provider::get).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("no conformance run is in progress, and the classpath registers " + found.size()
                        + " implementations instead of one; run the kit through notifytck.run.ConformanceRun or the command line");
            }
            return found.get(0);
        }
    }
}
