package notifytck.kit;

import notifytck.spi.NotificationImplementation;

/**
 * The implementation the running conformance run judges. The run publishes it before it launches
 * the scenarios and properties, and withdraws it after; the hooks and properties read it here.
 * Runs in one JVM take turns (see {@code notifytck.run.ConformanceRun}), so one slot is enough.
 */
public final class CurrentRun {
    private static volatile NotificationImplementation implementation;
    /** Instances the run started, closed, and whose close() failed or hung: the kit's check that it closes what it starts. */
    private static final java.util.concurrent.atomic.AtomicInteger STARTED = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger CLOSED = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger CLOSE_FAILED = new java.util.concurrent.atomic.AtomicInteger();

    private CurrentRun() {}

    /** Callbacks that came after their scenario had ended. */
    private static final FirstFew LATE = new FirstFew();
    /** Failures of the kit's callbacks that came after their scenario's verdict. */
    private static final FirstFew UNJUDGED = new FirstFew();

    public static void begin(NotificationImplementation i) {
        implementation = i;
        LATE.clear();
        UNJUDGED.clear();
        STARTED.set(0);
        CLOSED.set(0);
        CLOSE_FAILED.set(0);
    }

    /** The implementation called back into a scenario that had ended (SystemUnderTest.close() promises it stops). */
    public static void lateCallback(String what) {
        LATE.add(what);
    }

    /** A kit callback failed after its scenario's verdict was given (a callback still queued at its end). */
    public static void unjudgedFailure(String scenario, Throwable failure) {
        UNJUDGED.add("in scenario \"" + scenario + "\": " + failure);
    }

    /** What the run found of callback failures after their scenario's verdict, as one incident, if any. */
    public static java.util.List<String> unjudgedFailures() {
        return UNJUDGED.incident(n -> n + " callback(s) of the kit failed after their scenario's verdict was given (the implementation"
                + " called them after the scenario's last step)");
    }

    /** What the run found of callbacks after close, as one incident, if any. */
    public static java.util.List<String> lateCallbacks() {
        return LATE.incident(n -> "the implementation called back " + n + " time(s) after the scenario it belonged to had ended and its"
                + " instance was closed");
    }

    /** An instance was started for a scenario or a property's try. */
    public static void started() {
        STARTED.incrementAndGet();
    }

    /** An instance's close() returned ({@code ok}), or threw or hung. */
    public static void closed(boolean ok) {
        (ok ? CLOSED : CLOSE_FAILED).incrementAndGet();
    }

    /**
     * What the end of a run finds about the instances: those whose close() failed (the
     * implementation's doing), and, were any never closed at all, the kit's own defect.
     */
    public static java.util.List<String> instancesLeftOpen() {
        java.util.List<String> out = new java.util.ArrayList<>();
        int started = STARTED.get();
        int closed = CLOSED.get();
        int failed = CLOSE_FAILED.get();
        if (failed > 0) {
            out.add(failed + " of " + started + " instance(s) did not close: close() threw or did not return in time");
        }
        if (closed + failed != started) {
            out.add("kit defect: the kit started " + started + " instance(s) and closed " + (closed + failed));
        }
        return out;
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
