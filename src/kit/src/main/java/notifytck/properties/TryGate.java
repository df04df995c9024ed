package notifytck.properties;

import java.util.List;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;
import notifytck.kit.Timeouts;

/**
 * Lets a try run only while its own property is the one running, and ends a property only once
 * its tries have ended.
 *
 * <p>Why: jqwik bounds shrinking (notifytck.timeout.shrink) by waiting for it on a pool thread
 * and, once the bound has passed, reporting the smallest sequence found so far; the shrinking
 * itself is not stopped. It went on trying candidates against new instances while the next
 * property ran, and its after-try cleanup closed that property's instances too: one fault then
 * failed every property after it with "this system was closed", under rules it does not break.
 * A try of a property that has ended is now not run (jqwik counts it as satisfied, so the
 * abandoned shrinking runs out of candidates at once).
 */
final class TryGate implements AroundPropertyHook, AroundTryHook {
    private static final Object LOCK = new Object();
    /** The test instance of the property running now; null between properties. */
    private static Object running;
    private static int inFlight;
    /** Tries the gate refused since the JVM started (a test reads it). */
    private static long refused;

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        synchronized (LOCK) {
            running = context.testInstance();
        }
        try {
            return property.execute();
        } finally {
            drain();
        }
    }

    /** Ends the property's turn, then waits (bounded) for a try still under way, so its cleanup is done before the next property starts. */
    private static void drain() {
        // A try is bounded by its calls' deadlines; past this, the next property goes on rather than the run hanging.
        long giveUp = System.nanoTime() + Timeouts.eventually().plus(Timeouts.call().multipliedBy(2)).toNanos();
        synchronized (LOCK) {
            running = null;
            while (inFlight > 0) {
                long left = giveUp - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    LOCK.wait(left / 1_000_000 + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
        synchronized (LOCK) {
            if (running != context.testInstance()) {
                refused++;
                return TryExecutionResult.satisfied();
            }
            inFlight++;
        }
        try {
            return aTry.execute(parameters);
        } finally {
            synchronized (LOCK) {
                inFlight--;
                LOCK.notifyAll();
            }
        }
    }

    /** Named on the property classes' common base, it must reach their properties: a hook on a class applies to the class alone by default. */
    @Override
    public net.jqwik.api.lifecycle.PropagationMode propagateTo() {
        return net.jqwik.api.lifecycle.PropagationMode.ALL_DESCENDANTS;
    }

    /** Outside jqwik's own try hooks (members, then before/after-try methods), so a refused try makes no instance and closes none. */
    @Override
    public int aroundTryProximity() {
        return -200;
    }

    static long refused() {
        synchronized (LOCK) {
            return refused;
        }
    }
}
