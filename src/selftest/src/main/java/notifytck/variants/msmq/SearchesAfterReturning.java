package notifytck.variants.msmq;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.variants.Waits;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Does what the document describes in the order it describes it: a valid EnableNotification
 * returns S_OK at once, and the search for a message runs afterwards, on a thread of its own, a
 * moment later (the reference searches inside the call). A message another client puts in that
 * moment is then found. MQMSG_NEXT, whose cursor moves inside the call, and calls it cannot tell
 * are valid (an unknown or closed queue object, a null event, another cursor value or access) go to
 * the reference as they are.
 */
public final class SearchesAfterReturning extends MsmqDecorator implements DefensibleVariant {
    /** How long after the call its search runs. */
    private static final long LATER_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    @Override
    public String choice() {
        return "Returns S_OK from a valid EnableNotification at once and searches for the message afterwards, on another thread.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-MSMQ-ENABLE-021");
    }

    /**
     * One instance's closed queue objects (a closed one is forwarded, to be refused by the
     * reference) and searches still to run. The virtual clock waits for them: a search runs after
     * its call returned, but before any time passes, so a timeout still counts from the call.
     */
    private static final class ClosingControl extends ForwardingMsmqControl {
        final Set<QueueRef> closed = ConcurrentHashMap.newKeySet();
        final AtomicInteger pending = new AtomicInteger();

        ClosingControl(MsmqControl inner) {
            super(inner);
        }

        @Override
        public void closeQueue(QueueRef queue) {
            closed.add(queue);
            super.closeQueue(queue);
        }

        @Override
        public void advanceClock(Duration by) {
            awaitSearches();
            super.advanceClock(by);
        }

        void awaitSearches() {
            Waits.until(Waits.deadline(Duration.ofSeconds(2)), () -> pending.get() == 0);
        }
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new ClosingControl(inner);
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control, MsmqControl decoratedControl) {
        ClosingControl closing = (ClosingControl) decoratedControl;
        Set<QueueRef> closed = closing.closed;
        AtomicInteger pending = closing.pending;
        ScheduledExecutorService searcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "variant-searcher");
            t.setDaemon(true);
            return t;
        });
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                OpenedQueues.Opened o = opened.of(queue);
                // MQMSG_NEXT moves the cursor inside the call (REQ-MSMQ-ENABLE-011): it goes to the reference as it is.
                boolean knownCursor = !cursor.given() || cursor.value() == MsmqConstants.MQMSG_FIRST || cursor.value() == MsmqConstants.MQMSG_CURRENT;
                boolean peek = o != null && (o.access() == MsmqConstants.MQ_PEEK_ACCESS || o.access() == MsmqConstants.MQ_PEEK_ADMIN_ACCESS);
                if (event == null || !knownCursor || !peek || closed.contains(queue)) {
                    return super.enableNotification(queue, event, cursor, timeout);
                }
                pending.incrementAndGet();
                searcher.schedule(() -> {
                    try {
                        if (closed.contains(queue)) {
                            // Closed between the call and its search: the call passed its checks, so its wait is
                            // cancelled as a close cancels waits (REQ-MSMQ-ENABLE-026), not refused and dropped.
                            event.arrivedError(queue, MsmqConstants.MQ_ERROR_OPERATION_CANCELLED);
                        } else {
                            super.enableNotification(queue, event, cursor, timeout);
                        }
                    } finally {
                        pending.decrementAndGet();
                    }
                }, LATER_NANOS, TimeUnit.NANOSECONDS);
                return HResult.of(0);
            }

            @Override
            void flush() {
                closing.awaitSearches();
            }

            @Override
            void close() {
                searcher.shutdownNow();
            }
        };
    }
}
