package notifytck.reference.rpc;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import notifytck.spi.rpc.CallRef;

/**
 * One call the runtime dispatched: what the client did to it, what the server subscribed for, and
 * what is due but not yet delivered. Its monitor orders everything that happens to the call, so a
 * cancel and an unsubscription racing on one call have one outcome; no server code runs under it.
 */
final class ServerCall {
    private final CallRef ref;
    private final DeliveryLanes lanes;

    private final Map<NotificationKind, NotificationMethod> subscriptions = new EnumMap<>(NotificationKind.class);
    /** At most one per kind, since each kind happens once per call. */
    private final Map<NotificationKind, Delivery> due = new EnumMap<>(NotificationKind.class);
    /** Notifications of each kind queued for this call and not dropped: NotificationsQueued. */
    private final Map<NotificationKind, Integer> queued = new EnumMap<>(NotificationKind.class);
    private boolean cancelled;
    private boolean disconnected;
    private boolean ended;

    ServerCall(CallRef ref, DeliveryLanes lanes) {
        this.ref = ref;
        this.lanes = lanes;
    }

    CallRef ref() {
        return ref;
    }

    /** False once the call ended: it is no longer a call in progress to subscribe on. */
    synchronized boolean subscribe(Set<NotificationKind> kinds, NotificationMethod method) {
        if (ended) {
            return false;
        }
        for (NotificationKind k : kinds) {
            subscriptions.put(k, method); // subscribing again replaces the target
        }
        return true;
    }

    /**
     * Removes the subscriptions and drops what they had due. Returns NotificationsQueued: how many
     * notifications of those kinds were queued for this call since it began and will reach (or
     * reached) the server, which the RpcServerUnsubscribeForNotification page has the server compare
     * with what it received. A drop wins or loses against the lane's start in one atomic step, so a
     * dropped notification is never delivered later and is not counted; one already running is.
     * Empty once the call ended.
     */
    synchronized OptionalInt unsubscribe(Set<NotificationKind> kinds) {
        if (ended) {
            return OptionalInt.empty();
        }
        int count = 0;
        for (NotificationKind k : kinds) {
            subscriptions.remove(k);
            Delivery d = due.remove(k);
            if (d != null && lanes.discard(d)) {
                queued.merge(k, -1, Integer::sum);
            }
            count += queued.getOrDefault(k, 0);
        }
        return OptionalInt.of(count);
    }

    /**
     * The client cancelled or disconnected. Only the first of each kind counts ("no more than once
     * per call"), and only a subscription held at that moment is told: subscribing later does not
     * replay it, which is what testCancel and the disconnected query are for.
     */
    synchronized void happened(NotificationKind kind) {
        if (ended) {
            return;
        }
        if (kind == NotificationKind.CALL_CANCEL) {
            if (cancelled) {
                return;
            }
            cancelled = true;
        } else {
            if (disconnected) {
                return;
            }
            disconnected = true;
        }
        NotificationMethod method = subscriptions.get(kind);
        if (method != null) {
            Delivery d = new Delivery(this, kind, method);
            due.put(kind, d);
            queued.merge(kind, 1, Integer::sum);
            lanes.enqueue(d); // under the monitor, so the lane order is the order they happened
        }
    }

    /** What the client did so far; null once the call ended, as it is then no call to ask about. */
    synchronized ClientState clientState() {
        return ended ? null : new ClientState(cancelled, disconnected);
    }

    /** Known with or without a subscription: what RpcServerTestCancel and the attribute query read. */
    record ClientState(boolean cancelled, boolean disconnected) {}

    /**
     * Completed or aborted. The server should have unsubscribed; if it did not, the subscriptions
     * and anything still due are dropped, since nothing may reach it after the call. False if the
     * call had already ended.
     */
    synchronized boolean end() {
        if (ended) {
            return false;
        }
        ended = true;
        subscriptions.clear();
        for (Delivery d : due.values()) {
            lanes.discard(d);
        }
        due.clear();
        return true;
    }

    @Override
    public String toString() {
        return ref.id();
    }
}
