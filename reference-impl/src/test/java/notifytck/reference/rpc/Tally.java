package notifytck.reference.rpc;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.spi.rpc.NotificationTargets;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.ServerThread;

/** A target of every method that only counts, per kind where the method says it, for tests with many calls. */
final class Tally implements NotificationTargets.EventObject, NotificationTargets.ApcRoutine,
        NotificationTargets.CompletionPort, NotificationTargets.NotificationRoutine {
    final AtomicInteger cancels = new AtomicInteger();
    final AtomicInteger disconnects = new AtomicInteger();
    /** Events and packets: the method does not say which kind. */
    final AtomicInteger untyped = new AtomicInteger();
    private final Set<Thread> threads;

    Tally(Set<Thread> threads) {
        this.threads = threads;
    }

    int total() {
        return cancels.get() + disconnects.get() + untyped.get();
    }

    @Override
    public void set() {
        count(untyped);
    }

    @Override
    public void run(ServerThread thread, int event) {
        typed(event);
    }

    @Override
    public void post(int bytesTransferred, long completionKey, long overlapped) {
        count(untyped);
    }

    @Override
    public void call(String handle, int event) {
        typed(event);
    }

    private void typed(int event) {
        count(event == RpcConstants.RPC_CLIENT_CANCEL ? cancels : disconnects);
    }

    private void count(AtomicInteger counter) {
        threads.add(Thread.currentThread());
        counter.incrementAndGet();
    }
}
