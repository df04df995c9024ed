package notifytck.variants.msmq;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.spi.HResult;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;
import notifytck.variants.Waits;

/**
 * Closing a queue object ends every call still waiting on it: its event fires what
 * {@link #onClose()} says, on a thread of the variant's own (or nothing). The reference lets such
 * waits go on, and they would go on moving the closed object's cursor onto newcomers; so from the
 * close on, the kit's queue object stands for a closed copy of it (same queue, access and cursor)
 * that has nothing waiting, and what the reference fires for the ended calls is dropped.
 */
abstract class WaitsEndedOnClose extends MsmqDecorator {
    /** What a waiting call's event fires when its queue object is closed; null: nothing, ever. */
    abstract HResult onClose();

    /** A call that returned S_OK and has not fired yet; the first of its own event and an ending wins. */
    private record Waiting(QueueRef queue, MsmqEvent kit, AtomicBoolean done) {}

    /** One instance's waiting calls, its stand-ins, and the thread that fires the endings. */
    private static final class Ending extends ForwardingMsmqControl {
        final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
        /** The kit's queue object, closed with waits ended, to the closed copy that answers for it. */
        final Map<QueueRef, QueueRef> standIns = new ConcurrentHashMap<>();
        /** A stand-in's cursor that could not be put where the closed object's stood: the place it stood. */
        final Map<QueueRef, CursorPosition> told = new ConcurrentHashMap<>();
        final ExecutorService firer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "waits-ended-on-close");
            t.setDaemon(true);
            return t;
        });
        final HResult code;
        volatile OpenedQueues opened;
        /** Endings handed to the firer and not yet fired: quiescence waits for them. */
        final AtomicInteger firing = new AtomicInteger();

        Ending(MsmqControl inner, HResult code) {
            super(inner);
            this.code = code;
        }

        QueueRef inner(QueueRef kit) {
            return standIns.getOrDefault(kit, kit);
        }

        @Override
        public void closeQueue(QueueRef queue) {
            super.closeQueue(inner(queue));
            boolean ended = false;
            for (Waiting w : waiting) {
                if (w.queue().equals(queue) && w.done().compareAndSet(false, true)) {
                    waiting.remove(w);
                    ended = true;
                    if (code != null) {
                        firing.incrementAndGet();
                        firer.execute(() -> {
                            try {
                                w.kit().arrivedError(queue, code);
                            } finally {
                                firing.decrementAndGet();
                            }
                        });
                    }
                }
            }
            OpenedQueues.Opened o = opened == null ? null : opened.of(queue);
            if (ended && o != null && !standIns.containsKey(queue)) {
                QueueRef copy = inner.openQueue(o.queueName(), o.access());
                CursorPosition at = inner.cursor(queue);
                try {
                    inner.positionCursor(copy, at);
                } catch (RuntimeException placeGone) {
                    // A cursor on a message another client received: the copy cannot be put there, so
                    // the place is told as it was until the cursor is put elsewhere (a closed object's
                    // refused calls move no cursor).
                    told.put(queue, at);
                }
                inner.closeQueue(copy);
                standIns.put(queue, copy);
            }
        }

        @Override
        public void positionCursor(QueueRef queue, CursorPosition position) {
            super.positionCursor(inner(queue), position);
            told.remove(queue);
        }

        @Override
        public CursorPosition cursor(QueueRef queue) {
            CursorPosition at = told.get(queue);
            return at != null ? at : super.cursor(inner(queue));
        }
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new Ending(inner, onClose());
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control, MsmqControl decoratedControl) {
        Ending ending = (Ending) decoratedControl;
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                ending.opened = opened;
                QueueRef to = ending.inner(queue);
                if (event == null) {
                    return inner.enableNotification(to, null, cursor, timeout);
                }
                Waiting w = new Waiting(queue, event, new AtomicBoolean());
                // Listed before the call: the reference may fire before it returns.
                ending.waiting.add(w);
                HResult r = inner.enableNotification(to, new ForwardingEvent(event) {
                    @Override
                    public void arrived(QueueRef q) {
                        ifFirst(w, () -> kit.arrived(queue));
                    }

                    @Override
                    public void arrivedError(QueueRef q, HResult code) {
                        ifFirst(w, () -> kit.arrivedError(queue, code));
                    }
                }, cursor, timeout);
                if (r.failed()) {
                    ending.waiting.remove(w);
                }
                return r;
            }

            /** The reference's own event for the call, unless the close ended it first. */
            private void ifFirst(Waiting w, Runnable fire) {
                if (w.done().compareAndSet(false, true)) {
                    ending.waiting.remove(w);
                    fire.run();
                }
            }

            @Override
            void flush() {
                Waits.until(Waits.deadline(Duration.ofSeconds(2)), () -> ending.firing.get() == 0);
            }

            @Override
            void close() {
                ending.firer.shutdownNow();
            }
        };
    }
}
