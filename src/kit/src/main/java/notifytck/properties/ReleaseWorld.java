package notifytck.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.kit.Timeouts;
import notifytck.kit.spooler.ChannelClient;
import notifytck.spi.HResult;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.Component;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.Hosting;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;
import notifytck.spi.spooler.UserFilter;

/**
 * One release run on a bidirectional channel: the opener adds and releases references and closes;
 * the listener may end the conversation from inside OnEventNotify. Every call goes through the
 * kit's ChannelClient, so the run stays within what the document allows callers.
 */
final class ReleaseWorld {
    private static final NotificationType TYPE = new NotificationType(UUID.nameUUIDFromBytes("notifytck:release".getBytes()));
    private static final HResult S_OK = HResult.of(0);
    private static final HResult ALREADY_CLOSED = PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.asError();

    private final SystemUnderTest sut = Sut.start();
    private final SpoolerAdapter adapter = sut.spooler();
    private final SpoolerControl control = sut.spoolerControl();
    private final History<String> history = new History<>();
    private final List<String> steps = new ArrayList<>();
    private final List<HResult> closes = new ArrayList<>();
    private final ChannelClient opener;
    private final AtomicReference<ChannelClient> listener = new AtomicReference<>();
    private volatile boolean listenerClosesNext;
    private boolean open = true;

    ReleaseWorld() {
        String machine = control.localMachine();
        Deadline.call("installPrinter", () -> {
            control.installPrinter(machine, "P");
            return null;
        });
        CallerContext app = new CallerContext(machine, "alice", 1, Component.APPLICATION, Hosting.APPLICATION);
        HResult registered = Deadline.call("register", () -> adapter.registerForPrintAsyncNotifications(app,
                new RegistrationRequest("P", TYPE, listenerCallback())).result());
        if (!registered.equals(S_OK)) {
            throw new AssertionError("precondition: RegisterForPrintAsyncNotifications returned " + registered);
        }
        CallerContext driver = new CallerContext(machine, "alice", 0, Component.PRINTER_DRIVER, Hosting.SPOOLER);
        ChannelCreation c = Deadline.call("open", () -> adapter.createPrintAsyncNotifyChannel(driver,
                new ChannelRequest("P", TYPE, UserFilter.ALL_USERS, ConversationStyle.BIDIRECTIONAL, openerCallback())));
        if (c.channel() == null || !c.result().equals(S_OK)) {
            throw new AssertionError("precondition: CreatePrintAsyncNotifyChannel returned " + c.result());
        }
        opener = new ChannelClient(adapter, c.channel());
        steps.add("a bidirectional channel with one listener");
    }

    private NotifyCallback listenerCallback() {
        return new NotifyCallback() {
            @Override
            public void onEventNotify(ChannelRef channel, NotificationData data) {
                history.record("listener got " + data.payload());
                ChannelClient mine = listener.updateAndGet(l -> l != null ? l : new ChannelClient(adapter, channel));
                if (listenerClosesNext) {
                    listenerClosesNext = false;
                    HResult r = mine.close(null);
                    history.record("listener CloseChannel inside OnEventNotify -> " + r);
                    synchronized (closes) {
                        closes.add(r);
                    }
                    mine.release();
                    history.record("listener Release inside OnEventNotify");
                }
            }

            @Override
            public void channelClosed(ChannelRef channel, NotificationData reason) {
                history.record("listener told ChannelClosed");
                ChannelClient mine = listener.get();
                if (mine != null) {
                    mine.channelClosedReturned();
                }
            }
        };
    }

    private NotifyCallback openerCallback() {
        return new NotifyCallback() {
            @Override
            public void onEventNotify(ChannelRef channel, NotificationData data) {
                history.record("opener got " + data.payload());
            }

            @Override
            public void channelClosed(ChannelRef channel, NotificationData reason) {
                history.record("opener told ChannelClosed");
                opener.channelClosedReturned();
            }
        };
    }

    boolean openerMayCall() {
        return !opener.isFinished();
    }

    boolean open() {
        return open;
    }

    int openerExtraReferences() {
        return opener.references() - 1;
    }

    void send() {
        steps.add("the opener sends");
        HResult r = Deadline.call("SendNotification", () -> opener.send(new NotificationData(TYPE, "n" + steps.size())));
        expect(open ? "REQ-SPOOL-OVW-011" : "REQ-SPOOL-CHAN-032", "SendNotification", r, open ? S_OK : ALREADY_CLOSED);
        settle();
    }

    void addRef() {
        steps.add("the opener adds a reference");
        Deadline.call("AddRef", opener::addRef);
    }

    void releaseExtra() {
        steps.add("the opener releases an added reference");
        Deadline.call("Release", opener::release);
    }

    void openerCloses() {
        steps.add("the opener closes");
        HResult r = Deadline.call("CloseChannel", () -> opener.close(null));
        synchronized (closes) {
            closes.add(r);
        }
        expect("REQ-SPOOL-CHAN-024", "the opener's CloseChannel", r, open ? S_OK : ALREADY_CLOSED);
        open = false;
        settle();
    }

    /** The listener ends the conversation from inside OnEventNotify on the next notification. */
    void listenerEndsConversation() {
        steps.add("the listener closes and releases inside OnEventNotify");
        listenerClosesNext = true;
        int closesBefore;
        synchronized (closes) {
            closesBefore = closes.size();
        }
        HResult r = Deadline.call("SendNotification", () -> opener.send(new NotificationData(TYPE, "bye")));
        expect("REQ-SPOOL-OVW-011", "SendNotification", r, S_OK);
        open = false;
        settle();
        // The channel was open when the listener closed it from inside OnEventNotify.
        List<HResult> after;
        synchronized (closes) {
            after = List.copyOf(closes.subList(closesBefore, closes.size()));
        }
        if (!after.equals(List.of(S_OK))) {
            throw PropertyFailures.fail("REQ-SPOOL-CHAN-028", "the listener's CloseChannel inside OnEventNotify returned " + after + ", expected [S_OK]", steps, history.dump());
        }
        if (!history.all().stream().anyMatch(rec -> rec.event().equals("opener told ChannelClosed"))) {
            throw PropertyFailures.fail("REQ-SPOOL-CHAN-018", "the opener was not told the listener closed the channel", steps, history.dump());
        }
    }

    /** After every action: closes answered only S_OK or CHANNEL_ALREADY_CLOSED, and S_OK at most once. */
    void invariant() {
        List<HResult> seen;
        synchronized (closes) {
            seen = List.copyOf(closes);
        }
        if (seen.stream().anyMatch(r -> !r.equals(S_OK) && !PrintAsyncNotifyError.sameCode(ALREADY_CLOSED, r))) {
            throw PropertyFailures.fail("REQ-SPOOL-CHAN-024", "CloseChannel answered " + seen + "; only S_OK and CHANNEL_ALREADY_CLOSED are documented", steps, history.dump());
        }
        if (seen.stream().filter(S_OK::equals).count() > 1) {
            throw PropertyFailures.fail("REQ-SPOOL-CHAN-024", "two CloseChannel calls succeeded: " + seen, steps, history.dump());
        }
    }

    /** The opener does what the Release rules require of it; then the spooler holds nothing. */
    void finishAndCheckNothingHeld() {
        settle();
        if (!opener.isFinished()) {
            if (open) {
                openerCloses();
            }
            while (!opener.isFinished() && opener.references() > 0) {
                steps.add("the opener releases");
                Deadline.call("Release", opener::release);
            }
        }
        settle();
        int live = Deadline.call("liveChannelObjects", control::liveChannelObjects);
        if (live != 0) {
            throw PropertyFailures.fail("REQ-SPOOL-CHAN-023", "the spooler still holds " + live + " channel object(s) after every party released", steps, history.dump());
        }
    }

    private void settle() {
        notifytck.kit.Settling.quiesce("quiesce", control::quiesce, () -> String.join("\n", steps) + "\n" + history.dump());
    }

    private void expect(String rule, String what, HResult got, HResult expected) {
        if (!PrintAsyncNotifyError.sameCode(expected, got)) {
            throw PropertyFailures.fail(rule, what + " returned " + got + ", expected " + expected, steps, history.dump());
        }
    }
}
