package notifytck.kit.spooler;

import java.util.function.Consumer;
import java.util.function.Supplier;
import notifytck.kit.History;
import notifytck.kit.Timeouts;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;

/**
 * An actor's IPrintAsyncNotifyCallback: records each event on the thread the implementation
 * called it on, waits while the actor is held, then runs the actor's script. It never throws
 * into the implementation: a failure is handed to the stage and fails the scenario afterwards.
 */
final class RecordingCallback implements NotifyCallback {
    private final Actor actor;
    private final History<SpoolerEvent> history;
    private final Consumer<Throwable> failures;

    private final InsideCalls inside;
    /** Callbacks entered and not yet returned, for the scenario's end (see SpoolerStage.settleAtEnd). */
    private final java.util.concurrent.atomic.AtomicInteger inFlight;

    RecordingCallback(Actor actor, History<SpoolerEvent> history, Consumer<Throwable> failures, InsideCalls inside,
            java.util.concurrent.atomic.AtomicInteger inFlight) {
        this.actor = actor;
        this.history = history;
        this.failures = failures;
        this.inside = inside;
        this.inFlight = inFlight;
    }

    @Override
    public void onEventNotify(ChannelRef channel, NotificationData data) {
        inFlight(() -> notified(channel, data));
    }

    @Override
    public void channelClosed(ChannelRef channel, NotificationData reason) {
        inFlight(() -> closed(channel, reason));
    }

    private void inFlight(Runnable callback) {
        inFlight.incrementAndGet();
        try {
            callback.run();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void notified(ChannelRef channel, NotificationData data) {
        String payload = data == null ? null : data.payload();
        // The actor learns its pointer before the event is recorded: a step that has seen the event
        // may answer on "the channel it was given" at once (recording first lost that race in CI).
        ChannelClient client = channel == null ? null : actor.client(channel);
        if (client != null) {
            actor.given(client);
        }
        history.record(SpoolerEvent.notified(actor.name(), channel, payload));
        try {
            hold(channel, payload);
            if (actor.script().kind() == Script.Kind.BUSY) {
                busy(actor.script().busyMicros());
            }
            if (actor.script().kind() == Script.Kind.CLOSE_AND_RELEASE && client != null) {
                NotificationData reason = new NotificationData(data.type(), actor.script().text());
                inside("CloseChannel", actor.script().text(), () -> client.close(reason));
                inside("Release", null, () -> {
                    client.release();
                    return null;
                });
            }
        } catch (RuntimeException | AssertionError e) {
            failures.accept(e);
        } finally {
            history.record(SpoolerEvent.marker(SpoolerEvent.Kind.NOTIFY_RETURNED, actor.name(), channel, payload));
        }
    }

    private void closed(ChannelRef channel, NotificationData reason) {
        ChannelClient.enterChannelClosed();
        try {
            history.record(SpoolerEvent.closed(actor.name(), channel, reason == null ? null : reason.payload()));
            hold(channel, null);
        } catch (RuntimeException | AssertionError e) {
            failures.accept(e);
        } finally {
            ChannelClient.leaveChannelClosed();
            history.record(SpoolerEvent.marker(SpoolerEvent.Kind.CLOSED_RETURNED, actor.name(), channel, null));
            if (channel != null) {
                actor.client(channel).channelClosedReturned();
            }
        }
    }

    /**
     * Works for the time given, without sleeping: a sleep of a few microseconds lasts a scheduler
     * tick or more, which would make the listener slow by the machine's measure, not the scenario's.
     */
    private static void busy(long micros) {
        long until = System.nanoTime() + micros * 1_000;
        while (System.nanoTime() - until < 0) {
            Thread.onSpinWait();
        }
    }

    private void hold(ChannelRef channel, String payload) {
        if (!actor.gate().pass(Timeouts.hold())) {
            history.record(SpoolerEvent.marker(SpoolerEvent.Kind.HOLD_EXPIRED, actor.name(), channel, payload));
        }
    }

    private void inside(String call, String payload, Supplier<HResult> body) {
        // On the implementation's thread, as the document means it: no deadline can take it elsewhere, so a call that never returns is
        // named by every wait that gives up meanwhile.
        Runnable returned = inside.begin(actor.name() + "'s " + call + ", called from inside its OnEventNotify");
        HResult r;
        try {
            r = body.get();
        } finally {
            returned.run();
        }
        history.record(SpoolerEvent.call(SpoolerEvent.Kind.CALLBACK_CALL_RETURNED, actor.name(), call, payload, r));
    }
}
