package notifytck.reference.common;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Calls the clients' code (callbacks, handlers, targets, procedures, ports) on a pool thread. A
 * client's bug must cost a count, not the pool thread, or one failing receiver would take the
 * others' threads with it; a VM error is nobody's bug in particular and goes on up.
 */
public final class ReceiverCalls {
    private final AtomicLong failures = new AtomicLong();

    /** Counts a failure before returning, so that whoever then ends the unit's count sees it. */
    public void call(Runnable receiverCode) {
        call(Runnable::run, receiverCode);
    }

    /**
     * As {@link #call(Runnable)}, with the unit passed to a method that takes it: a method
     * reference that captures nothing is one object for all units, where a capturing one is one
     * object per unit, on a path taken once per delivery.
     */
    public <T> void call(Consumer<T> receiverCode, T unit) {
        try {
            Thread.interrupted(); // a previous receiver's interrupt is not this one's
            receiverCode.accept(unit);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable receiverFailed) {
            failures.incrementAndGet();
        }
    }

    /** Calls that threw. */
    public long failures() {
        return failures.get();
    }
}
