package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Fires the event on the caller's thread, inside EnableNotification, when a message is already there. */
public final class CallerThreadEvents extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-021";
    }

    @Override
    public String fault() {
        return "Fires the event on the caller's thread, before EnableNotification returns.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
        return new ForwardingMsmq(inner, control) {
            @Override
            protected MsmqEvent wrap(MsmqEvent kit) {
                return new MsmqEvent() {
                    @Override
                    public void arrived(QueueRef queue) {
                        pending.add(() -> kit.arrived(queue));
                    }

                    @Override
                    public void arrivedError(QueueRef queue, HResult errorCode) {
                        pending.add(() -> kit.arrivedError(queue, errorCode));
                    }
                };
            }

            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                HResult r = super.enableNotification(queue, event, cursor, timeout);
                control.quiesce(Duration.ofSeconds(2));
                flush();
                return r;
            }

            @Override
            void flush() {
                for (Runnable e = pending.poll(); e != null; e = pending.poll()) {
                    e.run();
                }
            }
        };
    }
}
