package notifytck.reference.msmq;

import java.util.concurrent.TimeUnit;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.OptionalInt32;

/**
 * The ReceiveTimeout parameter: 0, INFINITE, or a finite wait. The value is a VT_I4 but INFINITE
 * is the DWORD 0xFFFFFFFF, so it is read as an unsigned 32-bit count of milliseconds: -1 is
 * INFINITE and any other negative value is a long finite wait, as a DWORD timeout would be. The
 * document defines no other negative value; this reading only keeps such a call well-behaved.
 */
record ReceiveTimeout(long millis) {
    static final ReceiveTimeout INFINITE = new ReceiveTimeout(-1);

    static ReceiveTimeout of(OptionalInt32 timeout) {
        if (timeout == null || !timeout.given() || timeout.value() == MsmqConstants.INFINITE) {
            return INFINITE;
        }
        return new ReceiveTimeout(Integer.toUnsignedLong(timeout.value()));
    }

    boolean isInfinite() {
        return millis < 0;
    }

    boolean isZero() {
        return millis == 0;
    }

    /** Only for a finite, non-zero timeout: the only kind that is put on the timer queue. */
    long nanos() {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Override
    public String toString() {
        return isInfinite() ? "INFINITE" : millis + " ms";
    }
}
