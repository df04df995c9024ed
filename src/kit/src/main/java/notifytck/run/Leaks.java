package notifytck.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run left behind: threads started during it that are still alive once every instance was
 * closed. The kit's own pool threads idling for their next task are not a leak; a kit thread still
 * busy is (usually stuck inside a call the implementation never returned from). Everything else
 * that is new is the implementation's: {@code SystemUnderTest.close()} promises to stop every
 * thread the instance started.
 */
final class Leaks {
    /** Threads of the JDK and of the test engines, which come and go on their own. */
    private static final List<String> NOT_THE_IMPLEMENTATIONS = List.of("ForkJoinPool", "process reaper", "Common-Cleaner",
            "Attach Listener", "surefire", "junit", "JUnit", "Cucumber", "cucumber", "jqwik", "Keep-Alive", "RMI ", "HttpClient",
            "Notification Thread", "Signal Dispatcher", "Finalizer", "Reference Handler", "DestroyJavaVM", "main");

    /** The threads the kit makes its calls into the implementation on (see notifytck.kit.Deadline). */
    private static final String CALLER = "notifytck-caller-";

    private Leaks() {}

    static Set<Thread> snapshot() {
        return Set.copyOf(Thread.getAllStackTraces().keySet());
    }

    /** What the run left: the implementation's threads and the kit's busy ones, each with where it is. */
    record Left(List<String> implementation, List<String> kit) {}

    /** Threads new since {@code before}, after giving them {@code grace} to end. */
    static Left since(Set<Thread> before, Duration grace) {
        long end = System.nanoTime() + grace.toNanos();
        List<String> implementation = new ArrayList<>();
        List<String> kit = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            if (before.contains(t) || t == Thread.currentThread() || NOT_THE_IMPLEMENTATIONS.stream().anyMatch(t.getName()::startsWith)) {
                continue;
            }
            if (t.getName().startsWith("notifytck-")) {
                // Only a caller thread can be stuck in the implementation; the wire's threads belong to sessions its close() ends.
                if (t.getName().startsWith(CALLER) && !becomesIdle(t, end)) {
                    kit.add(describe(t, t.getStackTrace()));
                }
                continue;
            }
            try {
                t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                break;
            }
            if (t.isAlive()) {
                implementation.add(describe(t, t.getStackTrace()));
            }
        }
        return new Left(implementation, kit);
    }

    /**
     * Whether a caller thread is back in its pool by {@code end}: one that has just handed its
     * result over may still be a few instructions from there, which is not being stuck.
     */
    private static boolean becomesIdle(Thread t, long end) {
        while (!idleInPool(t.getStackTrace())) {
            if (System.nanoTime() > end || !t.isAlive()) {
                return !t.isAlive();
            }
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        }
        return true;
    }

    private static boolean idleInPool(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            if (f.getClassName().equals("java.util.concurrent.ThreadPoolExecutor") && f.getMethodName().equals("getTask")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Thread t, StackTraceElement[] stack) {
        String where = "";
        for (StackTraceElement f : stack) {
            if (!f.getClassName().startsWith("java.") && !f.getClassName().startsWith("jdk.") && !f.getClassName().startsWith("sun.")) {
                where = " at " + f;
                break;
            }
        }
        if (where.isEmpty() && stack.length > 0) {
            where = " at " + stack[0];
        }
        return "\"" + t.getName() + "\" (" + t.getState() + ")" + where;
    }
}
