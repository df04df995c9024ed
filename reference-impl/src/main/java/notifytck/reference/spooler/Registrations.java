package notifytck.reference.spooler;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.spi.HResult;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.RegistrationRef;

/**
 * The live registrations, indexed by name so a send looks only at its own printer's listeners.
 * Handles carry a sequence number so that an unregistered handle can be told from one never
 * issued without remembering every handle ever given out.
 */
final class Registrations {
    private final String prefix;
    private final int max;
    private final DeliveryLanes lanes;
    private final AtomicLong issued = new AtomicLong();
    private final AtomicInteger live = new AtomicInteger();
    private final ConcurrentHashMap<String, NotificationRegistration> byHandle = new ConcurrentHashMap<>();
    /**
     * Copied on write: a send walks its printer's listeners as a plain array, on every send, while
     * registering and unregistering are rare by comparison (a set's iterator cost a send to a
     * hundred listeners about a tenth of its time).
     */
    private final ConcurrentHashMap<PrinterName, NotificationRegistration[]> byName = new ConcurrentHashMap<>();

    Registrations(String spoolerTag, int max, DeliveryLanes lanes) {
        this.prefix = spoolerTag + "/r";
        this.max = max;
        this.lanes = lanes;
    }

    /** Null when the limit is reached. */
    NotificationRegistration add(PrinterName name, NotificationType type, String user, NotifyCallback callback) {
        if (!reserve()) {
            return null;
        }
        RegistrationRef handle = new RegistrationRef(prefix + issued.incrementAndGet());
        NotificationRegistration r = new NotificationRegistration(handle, name, type, user, callback, lanes.hold(callback));
        byHandle.put(handle.handle(), r);
        byName.merge(name, new NotificationRegistration[] {r}, Registrations::joined);
        return r;
    }

    HResult remove(RegistrationRef ref) {
        if (ref == null) {
            return Results.E_POINTER;
        }
        NotificationRegistration r = byHandle.remove(ref.handle());
        if (r == null) {
            return wasIssued(ref.handle()) ? Results.ALREADY_UNREGISTERED : Results.E_INVALIDARG;
        }
        r.deactivate();
        lanes.release(r.lane());
        byName.computeIfPresent(r.name(), (n, same) -> without(same, r));
        live.decrementAndGet();
        return Results.S_OK;
    }

    /** Everyone registered on the name; the caller filters by type and user and skips inactive ones. */
    NotificationRegistration[] on(PrinterName name) {
        NotificationRegistration[] on = byName.get(name);
        return on == null ? NONE : on;
    }

    private static final NotificationRegistration[] NONE = {};

    private static NotificationRegistration[] joined(NotificationRegistration[] before, NotificationRegistration[] added) {
        NotificationRegistration[] after = Arrays.copyOf(before, before.length + added.length);
        System.arraycopy(added, 0, after, before.length, added.length);
        return after;
    }

    /** Null, which drops the name, once its last listener leaves. */
    private static NotificationRegistration[] without(NotificationRegistration[] before, NotificationRegistration gone) {
        int at = Arrays.asList(before).indexOf(gone);
        if (at < 0) {
            return before;
        }
        if (before.length == 1) {
            return null;
        }
        NotificationRegistration[] after = new NotificationRegistration[before.length - 1];
        System.arraycopy(before, 0, after, 0, at);
        System.arraycopy(before, at + 1, after, at, before.length - at - 1);
        return after;
    }

    int live() {
        return live.get();
    }

    private boolean reserve() {
        while (true) {
            int now = live.get();
            if (now >= max) {
                return false;
            }
            if (live.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    private boolean wasIssued(String handle) {
        if (!handle.startsWith(prefix)) {
            return false;
        }
        try {
            long n = Long.parseLong(handle.substring(prefix.length()));
            return n >= 1 && n <= issued.get();
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }
}
