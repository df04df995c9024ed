package notifytck.kit.msmq;

import java.util.concurrent.locks.Lock;
import notifytck.kit.History;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.QueueRef;

/** A named MSMQEvent object: records each event on the thread the implementation fired it on. */
final class RecordingEvent implements MsmqEvent {
    private final String name;
    private final History<MsmqRecord> history;
    private final Lock callInFlight;

    RecordingEvent(String name, History<MsmqRecord> history, Lock callInFlight) {
        this.name = name;
        this.history = history;
        this.callInFlight = callInFlight;
    }

    /**
     * Waits for the call's return to be recorded, but not forever: a call that hung keeps the lock
     * on an abandoned kit thread, and the implementation's threads must not hang with it.
     */
    private void record(MsmqRecord r) {
        // Whether it is late is decided as it arrives, not after the wait for the call in flight.
        boolean beforeTheEnd = !history.ended();
        boolean locked = false;
        try {
            locked = callInFlight.tryLock(notifytck.kit.Timeouts.call().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            history.record(r, beforeTheEnd);
        } finally {
            if (locked) {
                callInFlight.unlock();
            }
        }
    }

    @Override
    public void arrived(QueueRef queue) {
        record(new MsmqRecord(MsmqRecord.Kind.ARRIVED, name, queue == null ? null : queue.handle(), null, null));
    }

    @Override
    public void arrivedError(QueueRef queue, HResult errorCode) {
        record(new MsmqRecord(MsmqRecord.Kind.ARRIVED_ERROR, name, queue == null ? null : queue.handle(), errorCode, null));
    }
}
