package notifytck.kit.rpc;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import notifytck.kit.Timeouts;

/**
 * The server's APC and callback routines, held: while held, a routine that is called records what
 * reached it and then does not return until the scenario lets it go. What RPC delivers after it
 * on the same thread is then due but not delivered, which is how a scenario changes state (an
 * unsubscription) while a notification waits. Never longer than the hold timeout, so a scenario
 * that forgets to let go cannot hang the run.
 */
final class HeldRoutines {
    private volatile CountDownLatch release;
    private volatile String busyWith;

    /** From now on, every routine call blocks once it has recorded. */
    void hold() {
        release = new CountDownLatch(1);
    }

    /** Lets every held routine return, and later ones run straight through. */
    void letGo() {
        CountDownLatch r = release;
        release = null;
        if (r != null) {
            r.countDown();
        }
    }

    /** The call the routine now held was told about, or null. */
    String busyWith() {
        return busyWith;
    }

    /** Called by a routine after it recorded what reached it for {@code call}. */
    void arrived(String call) {
        CountDownLatch r = release;
        if (r == null) {
            return;
        }
        busyWith = call;
        try {
            r.await(Timeouts.hold().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            busyWith = null;
        }
    }
}
