package notifytck.reference.spooler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.UserFilter;

/**
 * The channel object: its parties, their pointers, and whether it is open. Every decision (may
 * this send go out, does this queued notification still apply, who is told of the close, is the
 * object freed) is taken under this object's monitor, so a close is a single point in time that
 * every delivery is either before or after. Callbacks are always called after the monitor is
 * released, which is what lets a callback call straight back into the channel.
 *
 * <p>Lock order: channel, then a lane's monitor, then the pool's queue. A lane never calls the
 * channel while holding its own monitor.
 */
final class Channel {
    private final String id;
    private final PrinterName name;
    private final NotificationType type;
    private final UserFilter userFilter;
    private final ConversationStyle style;
    private final String openerUser;
    private final Channels directory;
    private final DeliveryLanes lanes;
    private final int queueLimit;
    private final ChannelPointer opener;
    /**
     * What the channel's deferred fan-outs are filed under, in place of the channel object: a send
     * holds the channel's monitor when it files its fan-out, and hashing an object by identity
     * while its monitor is held leaves the JVM's fast path (it took a sender to a hundred listeners
     * 40% of its time).
     */
    private final Object sendOrder = new Object();

    // Guarded by this.
    /** Bidirectional: the listeners that have been handed a pointer, each with its own. */
    private final Map<NotificationRegistration, ChannelPointer> listenerPointers = new LinkedHashMap<>();
    /**
     * Queued but not started, per receiver (a registration, or the opener's pointer). Looked up
     * and counted up under this monitor when a send queues; counted down without it when a
     * delivery starts, through the backlog the delivery carries, so a pool thread neither waits for
     * the sender's fan-out nor searches the map. A close drops the map whole: late count-downs then
     * land on backlogs nothing reads. In a unidirectional channel its keys are also the listeners
     * that matched at least one notification, each owed a ChannelClosed (a receiver gets its entry
     * when it first matches, queued or lost): one lookup a delivery instead of two. In the order they
     * first matched, so that a close tells them in a fixed order.
     */
    private Map<Object, Backlog> undelivered = new LinkedHashMap<>();
    /**
     * The registrations on the printer as a send last found them (Registrations replaces the array
     * whenever one comes or goes), and their backlogs index by index, filled as each first matches:
     * while nobody registers or leaves, a send to a hundred listeners finds their backlogs without
     * a hundred lookups in {@link #undelivered}.
     */
    private NotificationRegistration[] backlogsOf;
    private Backlog[] backlogs;
    /** Written under this monitor; read without it by deliveries that need nothing else from it. */
    private volatile boolean closed;
    private boolean freed;

    Channel(String id, PrinterName name, NotificationType type, UserFilter userFilter, ConversationStyle style,
            String openerUser, NotifyCallback openerCallback, Channels directory, DeliveryLanes lanes,
            int queueLimit) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.userFilter = userFilter;
        this.style = style;
        this.openerUser = openerUser;
        this.directory = directory;
        this.lanes = lanes;
        this.queueLimit = queueLimit;
        this.opener = new ChannelPointer(directory.newRef(id), openerCallback);
    }

    ChannelPointer opener() {
        return opener;
    }

    // ---- IPrintAsyncNotifyChannel, through one party's pointer ----

    HResult send(ChannelPointer from, NotificationData data, boolean oversize, Registrations registrations) {
        synchronized (this) {
            if (closed || !from.isHeld()) {
                return Results.CHANNEL_ALREADY_CLOSED;
            }
            if (!type.equals(data.type())) {
                return Results.INVALID_NOTIFICATION_TYPE;
            }
            if (oversize) {
                return Results.MAX_NOTIFICATION_SIZE_EXCEEDED;
            }
            return from == opener ? fanOut(data, registrations) : answer(data);
        }
    }

    HResult close(ChannelPointer from, NotificationData reason) {
        synchronized (this) {
            if (closed || !from.isHeld()) {
                return Results.CHANNEL_ALREADY_CLOSED;
            }
            shutDown(from, reason);
            // A party without a callback was released on its behalf just now; that may be the last.
            freeIfUnheld();
            return Results.S_OK;
        }
    }

    synchronized long addRef(ChannelPointer p) {
        return freed || !p.isHeld() ? 0 : p.addRef();
    }

    synchronized long release(ChannelPointer p) {
        if (freed || !p.isHeld()) {
            return 0;
        }
        long left = p.release();
        if (left == 0) {
            freeIfUnheld();
        }
        return left;
    }

    synchronized HResult queryInterface(ChannelPointer p, UUID iid) {
        if (freed || !p.isHeld()) {
            return Results.CHANNEL_ALREADY_CLOSED;
        }
        if (SpoolerAdapter.IID_IUNKNOWN.equals(iid) || SpoolerAdapter.IID_IPRINT_ASYNC_NOTIFY_CHANNEL.equals(iid)) {
            p.addRef();
            return Results.S_OK;
        }
        return Results.E_NOINTERFACE;
    }

    // ---- what a send puts in the lanes ----

    /** The opener's send: every matching listener, each as far as its queue allows. */
    private HResult fanOut(NotificationData data, Registrations registrations) {
        int matched = 0;
        int queued = 0;
        NotificationRegistration[] candidates = registrations.on(name);
        if (candidates != backlogsOf) {
            backlogsOf = candidates;
            backlogs = new Backlog[candidates.length];
        }
        boolean bidi = style == ConversationStyle.BIDIRECTIONAL;
        try (var fanOut = lanes.fanOut(sendOrder, candidates.length)) {
            if (bidi) {
                // Whoever holds a pointer hears the channel until it closes, registered or not: unregistering
                // only keeps channels opened later away (REQ-SPOOL-OVW-018). First, and each once, so that an
                // unregister racing this send can neither skip a holder nor make it hear twice.
                for (Map.Entry<NotificationRegistration, ChannelPointer> e : listenerPointers.entrySet()) {
                    if (!e.getValue().isHeld()) {
                        continue;
                    }
                    NotificationRegistration r = e.getKey();
                    matched++;
                    Backlog waiting = tryQueue(r);
                    if (waiting != null) {
                        queued++;
                        fanOut.enqueue(r.lane(), () -> deliverToListener(r, waiting, data));
                    }
                }
            }
            for (int i = 0; i < candidates.length; i++) {
                NotificationRegistration r = candidates[i];
                if (bidi && listenerPointers.containsKey(r) || !hears(r)) {
                    continue;
                }
                matched++;
                Backlog waiting = candidateBacklog(i, r);
                if (waiting.tryQueue(queueLimit)) {
                    queued++;
                    fanOut.enqueue(r.lane(), () -> deliverToListener(r, waiting, data));
                }
            }
        }
        if (matched == 0) {
            return Results.NO_LISTENERS;
        }
        if (queued == matched) {
            return Results.S_OK;
        }
        return queued > 0 ? Results.UNIRECTIONAL_NOTIFICATION_LOST : Results.ASYNC_NOTIFICATION_FAILURE;
    }

    /** A listener's answer: to the opener's callback alone. */
    private HResult answer(NotificationData data) {
        if (opener.callback() == null || !opener.isHeld()) {
            return Results.NO_LISTENERS;
        }
        Backlog waiting = tryQueue(opener);
        if (waiting == null) {
            return Results.ASYNC_NOTIFICATION_FAILURE;
        }
        lanes.enqueue(opener.callback(), () -> deliverToOpener(waiting, data));
        return Results.S_OK;
    }

    private boolean hears(NotificationRegistration r) {
        if (!r.isActive() || !type.equals(r.type())) {
            return false;
        }
        return userFilter != UserFilter.PER_USER || openerUser.equalsIgnoreCase(r.user());
    }

    /** Under this monitor: the backlog of {@code backlogsOf[i]}. */
    private Backlog candidateBacklog(int i, NotificationRegistration r) {
        Backlog b = backlogs[i];
        if (b == null) {
            b = undelivered.computeIfAbsent(r, k -> new Backlog());
            backlogs[i] = b;
        }
        return b;
    }

    /**
     * Under this monitor (as every {@link Backlog#tryQueue}, so the limit holds): the receiver's
     * backlog, for the delivery to count as started; null when its queue is full.
     */
    private Backlog tryQueue(Object receiver) {
        Backlog waiting = undelivered.computeIfAbsent(receiver, k -> new Backlog());
        return waiting.tryQueue(queueLimit) ? waiting : null;
    }

    // ---- deliveries, on a pool thread, when their turn comes ----

    /** {@code waiting}: the listener's count of undelivered notifications when this was queued. */
    private void deliverToListener(NotificationRegistration r, Backlog waiting, NotificationData data) {
        waiting.started(); // after a close, a backlog nothing reads any more
        if (style == ConversationStyle.UNIDIRECTIONAL) {
            // Nothing to hand out: only the close matters, and its ChannelClosed is queued behind this.
            if (!closed) {
                r.callback().onEventNotify(null, data);
            }
            return;
        }
        ChannelRef handedOut = null;
        synchronized (this) {
            if (closed) {
                return; // discarded by the close
            }
            if (style == ConversationStyle.BIDIRECTIONAL) {
                ChannelPointer own = listenerPointers.get(r);
                if (own == null) {
                    // Handed out for the first time: from now on this listener owns one reference.
                    own = new ChannelPointer(directory.newRef(id), r.callback());
                    listenerPointers.put(r, own);
                    directory.publish(own, this);
                } else if (!own.isHeld()) {
                    return;
                }
                handedOut = own.ref();
            }
        }
        r.callback().onEventNotify(handedOut, data);
    }

    private void deliverToOpener(Backlog waiting, NotificationData data) {
        waiting.started();
        synchronized (this) {
            if (closed || !opener.isHeld()) {
                return;
            }
        }
        opener.callback().onEventNotify(opener.ref(), data);
    }

    private void deliverClosed(ChannelPointer party, NotifyCallback callback, NotificationData reason) {
        try {
            callback.channelClosed(party == null ? null : party.ref(), reason);
        } finally {
            if (party != null) {
                releaseOnBehalf(party);
            }
        }
    }

    // ---- closing and freeing ----

    /** Closes for everyone but {@code closer} (null when the spooler itself closes). Holds the monitor. */
    private void shutDown(ChannelPointer closer, NotificationData reason) {
        closed = true;
        Map<Object, Backlog> matchedBefore = undelivered;
        undelivered = new HashMap<>(); // what is still queued is now discarded when its turn comes
        backlogsOf = null;
        backlogs = null;
        if (opener != closer) {
            tellClosed(opener, reason);
        }
        for (ChannelPointer p : listenerPointers.values()) {
            if (p != closer) {
                tellClosed(p, reason);
            }
        }
        if (style == ConversationStyle.UNIDIRECTIONAL) {
            for (Object matched : matchedBefore.keySet()) {
                if (!(matched instanceof NotificationRegistration r)) {
                    continue; // the opener's own entry: only a bidirectional channel's listeners answer
                }
                lanes.enqueue(r.lane(), () -> deliverClosed(null, r.callback(), reason));
            }
        }
    }

    private void tellClosed(ChannelPointer party, NotificationData reason) {
        if (!party.isHeld()) {
            return; // it gave the channel up before; there is nothing left to tell or release
        }
        NotifyCallback callback = party.callback();
        if (callback == null) {
            party.release(); // released on its behalf at once: there is no ChannelClosed to wait for
            return;
        }
        lanes.enqueue(callback, () -> deliverClosed(party, callback, reason));
    }

    private synchronized void releaseOnBehalf(ChannelPointer party) {
        if (!freed && party.isHeld() && party.release() == 0) {
            freeIfUnheld();
        }
    }

    /** Holds the monitor. */
    private void freeIfUnheld() {
        if (freed || opener.isHeld()) {
            return;
        }
        for (ChannelPointer p : listenerPointers.values()) {
            if (p.isHeld()) {
                return;
            }
        }
        freed = true;
        if (!closed) {
            // Nobody holds the channel any more, so nobody can close it: the spooler does.
            shutDown(null, null);
        }
        List<ChannelPointer> all = new ArrayList<>(listenerPointers.size() + 1);
        all.add(opener);
        all.addAll(listenerPointers.values());
        directory.freed(all);
    }
}
