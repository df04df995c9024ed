package notifytck.reference.msmq;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.QueueRef;

/** A cheap event object for tests with thousands of calls: counts, and notes the threads it ran on. */
final class Counter implements MsmqEvent {
    final AtomicInteger arrived = new AtomicInteger();
    final AtomicInteger timedOut = new AtomicInteger();
    final AtomicInteger otherErrors = new AtomicInteger();
    private final Set<Thread> threads;

    Counter(Set<Thread> threads) {
        this.threads = threads;
    }

    @Override
    public void arrived(QueueRef queue) {
        threads.add(Thread.currentThread());
        arrived.incrementAndGet();
    }

    @Override
    public void arrivedError(QueueRef queue, HResult errorCode) {
        threads.add(Thread.currentThread());
        (errorCode.equals(MsmqConstants.MQ_ERROR_IO_TIMEOUT) ? timedOut : otherErrors).incrementAndGet();
    }

    int total() {
        return arrived.get() + timedOut.get() + otherErrors.get();
    }
}
