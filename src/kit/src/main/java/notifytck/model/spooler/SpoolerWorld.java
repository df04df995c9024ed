package notifytck.model.spooler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import notifytck.model.Expectation;
import notifytck.model.World;

/**
 * What the print spooler may show under "Notification Channel" and "Overview of Spooler
 * Notification" and the kit's readings (features/spooler/, docs/spooler-readings.md): who may
 * register and open channels, on which printer or server, what each send returns, which listeners
 * each notification reaches and how (with a channel to answer on or alone), answers reaching the
 * opener, and closing by either side.
 *
 * <p>Ids are the model's own, numbered from 1 in the order the calls are made: registrations,
 * openings (a refused one keeps its number), sends (the opener's and the listeners' answers alike),
 * closes. References (AddRef, Release, QueryInterface) are not drawn: SpoolerReleaseProperties
 * judges them. After a close the model draws no call through a pointer the spooler releases on its
 * party's behalf (a listener's, or an opener's whose channel a listener closed).
 */
public final class SpoolerWorld implements World<SpoolerWorld> {
    /** The callers the model draws, each with what it is. */
    public enum Actor {
        DRIVER("alice", 0, true, "a printer driver loaded by the spooler"),
        MONITOR("SYSTEM", 0, true, "a port monitor loaded by the spooler"),
        IN_APP_DRIVER("alice", 1, false, "a printer driver loaded by an application"),
        APP_ALICE_1("alice", 1, false, "an application of alice in session 1"),
        /** Alice again, her account name written in capitals: names of one account compare without case (REQ-SPOOL-CHAN-008). */
        APP_ALICE_2("ALICE", 2, false, "an application of alice in session 2, running as ALICE"),
        APP_BOB_1("bob", 1, false, "an application of bob in session 1");

        public final String user;
        public final int session;
        public final boolean inSpooler;
        public final String text;

        Actor(String user, int session, boolean inSpooler, String text) {
            this.user = user;
            this.session = session;
            this.inSpooler = inSpooler;
            this.text = text;
        }

        public boolean application() {
            return !inSpooler && this != IN_APP_DRIVER;
        }
    }

    /** A printer or server name, or one that names nothing. */
    public enum Place {
        LASER(false, "Laser", true), INKJET(false, "Inkjet", true), SERVER(false, null, true),
        FAR_LASER(true, "Laser", true), FAR_SERVER(true, null, true),
        NO_PRINTER(false, "Nowhere", false), NO_SERVER(false, null, false);

        public final boolean far;
        public final String printer;
        public final boolean exists;

        Place(boolean far, String printer, boolean exists) {
            this.far = far;
            this.printer = printer;
            this.exists = exists;
        }
    }

    public enum Style { BIDIRECTIONAL, UNIDIRECTIONAL }

    public static final String OK = "S_OK";
    public static final String FAILED = "failed";
    public static final String OPENED = "succeeded with a pointer";
    public static final String REFUSED = "failed with no pointer";
    public static final String NO_LISTENERS = "NO_LISTENERS (success)";
    public static final String INVALID_TYPE = "INVALID_NOTIFICATION_TYPE (error)";
    public static final String ALREADY_CLOSED = "CHANNEL_ALREADY_CLOSED (error)";
    public static final String ALONE = "alone";
    public static final String NOT_TOLD = "not told";
    public static final String ONCE = "once";

    /**
     * {@code endedAfter}: -1 while registered; once unregistered, the number of the latest opening
     * before the unregister (a channel numbered above it was opened afterwards).
     */
    private record Registration(int id, Actor actor, Place place, int type, boolean refused, int endedAfter) {
        boolean ended() {
            return endedAfter >= 0;
        }
    }

    private static final class Channel {
        final int id;
        final Actor opener;
        final Place place;
        final int type;
        final boolean perUser;
        final Style style;
        final boolean callback;
        boolean closed;
        /** Whether the opener's pointer is still its own to call through. */
        boolean openerHolds = true;
        /** Registrations handed a pointer (bidirectional) or told a notification (unidirectional). */
        final Set<Integer> heard = new LinkedHashSet<>();

        Channel(int id, Actor opener, Place place, int type, boolean perUser, Style style, boolean callback) {
            this.id = id;
            this.opener = opener;
            this.place = place;
            this.type = type;
            this.perUser = perUser;
            this.style = style;
            this.callback = callback;
        }

        Channel copy() {
            Channel c = new Channel(id, opener, place, type, perUser, style, callback);
            c.closed = closed;
            c.openerHolds = openerHolds;
            c.heard.addAll(heard);
            return c;
        }
    }

    private final Map<Integer, Registration> registrations = new LinkedHashMap<>();
    private final Map<Integer, Channel> channels = new LinkedHashMap<>();
    private final Map<String, Expectation> outcomes = new LinkedHashMap<>();
    /** The rule of the latest refused opening: one channel object too many is what it left behind. */
    private String lastRefusal = "REQ-SPOOL-CHAN-036";
    /** The number of the latest opening, refused or not. */
    private int lastOpening;

    @Override
    public SpoolerWorld copy() {
        SpoolerWorld w = new SpoolerWorld();
        w.registrations.putAll(registrations);
        channels.forEach((id, c) -> w.channels.put(id, c.copy()));
        w.outcomes.putAll(outcomes);
        w.lastRefusal = lastRefusal;
        w.lastOpening = lastOpening;
        return w;
    }

    // ---- what the kit may still do ----------------------------------------------------------

    /** Channels whose opener still holds its pointer: it may send on them, and close those still open. */
    public List<Integer> openerChannels() {
        return channels.values().stream().filter(c -> c.openerHolds).map(c -> c.id).toList();
    }

    public int typeOf(int channel) {
        return channels.get(channel).type;
    }

    public boolean bidirectional(int channel) {
        return channels.get(channel).style == Style.BIDIRECTIONAL;
    }

    public boolean closed(int channel) {
        return channels.get(channel).closed;
    }

    /** The registrations holding a pointer to an open bidirectional channel, which they may answer or close on. */
    public List<Integer> listenersWithPointer(int channel) {
        Channel c = channels.get(channel);
        return c.closed || c.style != Style.BIDIRECTIONAL ? List.of() : List.copyOf(c.heard);
    }

    // ---- calls ------------------------------------------------------------------------------

    /** RegisterForPrintAsyncNotifications: S_OK for an application or a spooler component, on a name that exists. */
    public void register(int number, Actor actor, Place place, int type) {
        String key = registrationKey(number);
        boolean refused = !place.exists;
        String rule = refused ? "REQ-SPOOL-OVW-016" : place.far || actor == Actor.IN_APP_DRIVER ? "REQ-SPOOL-OVW-012"
                : actor.inSpooler ? "REQ-SPOOL-OVW-007" : "REQ-SPOOL-OVW-005";
        outcomes.put(key, new Expectation(key, refused ? FAILED : OK, rule));
        registrations.put(number, new Registration(number, actor, place, type, refused, -1));
    }

    public static final String ALREADY_UNREGISTERED_ERROR = "ALREADY_UNREGISTERED (error)";
    public static final String ALREADY_UNREGISTERED_SUCCESS = "ALREADY_UNREGISTERED (success)";

    /**
     * UnRegisterForPrintAsyncNotifications of a registration that succeeded: S_OK the first time,
     * and from then on it hears no unidirectional notification and no bidirectional channel opened
     * afterwards (REQ-SPOOL-OVW-017); ALREADY_UNREGISTERED with either severity every later time,
     * changing nothing (REQ-SPOOL-OVW-019).
     */
    public void unregister(int number, int registration) {
        Registration r = registrations.get(registration);
        if (r == null || r.refused) {
            throw new IllegalStateException("the model unregisters only a registration that succeeded");
        }
        String key = unregisterKey(number);
        if (r.ended()) {
            outcomes.put(key, Expectation.either(key, List.of(ALREADY_UNREGISTERED_ERROR, ALREADY_UNREGISTERED_SUCCESS), "REQ-SPOOL-OVW-019"));
            return;
        }
        outcomes.put(key, new Expectation(key, OK, "REQ-SPOOL-OVW-017"));
        registrations.put(registration, new Registration(r.id, r.actor, r.place, r.type, false, lastOpening));
    }

    /**
     * CreatePrintAsyncNotifyChannel by {@code actor}: only a component inside the spooler, on a name
     * that exists, gets a pointer; a refused call hands back none and leaves nothing.
     */
    public void open(int number, Actor actor, Place place, int type, boolean perUser, Style style, boolean callback) {
        String key = openingKey(number);
        lastOpening = number;
        String rule;
        boolean refused = true;
        if (actor == Actor.IN_APP_DRIVER) {
            rule = "REQ-SPOOL-CHAN-003";
        } else if (!actor.inSpooler) {
            rule = "REQ-SPOOL-OVW-006";
        } else if (!place.exists) {
            rule = "REQ-SPOOL-CHAN-036";
        } else {
            refused = false;
            rule = style == Style.UNIDIRECTIONAL ? "REQ-SPOOL-CHAN-010" : actor == Actor.MONITOR ? "REQ-SPOOL-CHAN-005" : "REQ-SPOOL-CHAN-004";
        }
        outcomes.put(key, new Expectation(key, refused ? REFUSED : OPENED, rule));
        if (refused) {
            lastRefusal = rule;
        } else {
            channels.put(number, new Channel(number, actor, place, type, perUser, style, callback));
        }
    }

    /**
     * The opener's SendNotification. A send of another type on a closed channel may be refused for
     * either reason (the documents order neither check). Returns the worlds it may become (one).
     */
    public List<SpoolerWorld> send(int number, int channel, int type) {
        Channel c = channels.get(channel);
        String key = sendKey(number);
        boolean wrongType = type != c.type;
        // CHANNEL_ALREADY_CLOSED is a bidirectional channel's code ("Notification Errors"); on a unidirectional
        // one the documents fix only that nothing follows the close (REQ-SPOOL-CHAN-020), not what the send returns.
        boolean bidi = c.style == Style.BIDIRECTIONAL;
        if (c.closed && wrongType && bidi) {
            // Either refusal, independently of everything else: one world, not one per reading (a run with many such sends
            // would multiply worlds). Either way it reaches nobody.
            outcomes.put(key, Expectation.either(key, List.of(ALREADY_CLOSED, INVALID_TYPE), "REQ-SPOOL-CHAN-032"));
            reachesNobody(number, "REQ-SPOOL-CHAN-032");
            return List.of(this);
        }
        if (c.closed) {
            if (bidi) {
                outcomes.put(key, new Expectation(key, ALREADY_CLOSED, "REQ-SPOOL-CHAN-032"));
            }
            reachesNobody(number, bidi ? "REQ-SPOOL-CHAN-032" : "REQ-SPOOL-CHAN-020");
            return List.of(this);
        }
        if (wrongType) {
            outcomes.put(key, new Expectation(key, INVALID_TYPE, "REQ-SPOOL-CHAN-007"));
            reachesNobody(number, "REQ-SPOOL-CHAN-007");
            return List.of(this);
        }
        // Listeners that must hear it, and those that may or may not (which leave the result open too).
        int surely = 0;
        int maybe = 0;
        for (Registration r : registrations.values()) {
            String why = whyNot(c, r);
            String got = gotKey(r.id, number);
            if (why == null && r.ended() && (!bidi || c.id > r.endedAfter)) {
                why = "REQ-SPOOL-OVW-017"; // unregistered: no unidirectional notification any more, no bidirectional channel opened since
            }
            if (why != null) {
                outcomes.put(got, new Expectation(got, "0", why));
                continue;
            }
            String how = howKey(r.id, number);
            Expectation form = bidi
                    ? new Expectation(how, "with a pointer to channel #" + c.id, "REQ-SPOOL-OVW-008")
                    : new Expectation(how, ALONE, "REQ-SPOOL-OVW-009");
            // A listener that unregistered after a bidirectional channel opened goes on hearing it where it holds the
            // pointer it was handed (REQ-SPOOL-OVW-018); where it was not handed one yet the pages leave it open, and
            // it does not become a party by hearing it.
            boolean unsure = r.ended() && !c.heard.contains(r.id);
            if (r.actor == c.opener || unsure) {
                // Or the opener's own registration: whether a sender hears itself, neither document says.
                maybe++;
                outcomes.put(got, Expectation.either(got, List.of("1", "0"), unsure ? "REQ-SPOOL-OVW-018" : "REQ-SPOOL-OVW-013"));
                outcomes.put(how, Expectation.either(how, List.of(form.allowed(), "none"), form.rule()));
            } else {
                surely++;
                // Missing: the rule that says this listener hears this channel; twice: once to each listener.
                outcomes.put(got, new Expectation(got, "1", r.ended() ? "REQ-SPOOL-OVW-018" : matchRule(c, r), "REQ-SPOOL-OVW-013"));
                outcomes.put(how, form);
            }
            if (!unsure) {
                c.heard.add(r.id);
            }
        }
        if (surely == 0 && maybe > 0) {
            outcomes.put(key, Expectation.either(key, List.of(OK, NO_LISTENERS), "REQ-SPOOL-OVW-011"));
        } else {
            outcomes.put(key, new Expectation(key, surely == 0 ? NO_LISTENERS : OK, "REQ-SPOOL-OVW-011"));
        }
        // A notification is the listeners': no opener's callback hears it, its own or another channel's.
        silentOpeners(number, 0);
        return List.of(this);
    }

    /** Codes a send may report a loss with (REQ-SPOOL-OVW-013's reading: a full queue, say). */
    public static final List<String> LOSSES = List.of("UNIRECTIONAL_NOTIFICATION_LOST (error)", "ASYNC_NOTIFICATION_FAILURE (error)",
            "INTERNAL_NOTIFICATION_QUEUE_IS_FULL (error)");

    /**
     * A send on an open channel of its own type that reported a loss with one of {@link #LOSSES}:
     * REQ-SPOOL-OVW-013's reading leaves room for exactly this, so each listener it would have
     * reached got it once or not at all (never twice), and no one else got it. Used by a run for a
     * send whose result it saw was such a code (the concurrent senders can fill a small queue).
     */
    public void sendReportingLoss(int number, int channel, int type) {
        send(number, channel, type);
        outcomes.computeIfPresent(sendKey(number), (k, x) -> x.alsoAllowing(LOSSES));
        for (Registration r : registrations.values()) {
            mayHaveMissed(r.id, number, "REQ-SPOOL-OVW-013");
        }
    }

    /**
     * A listener that must get a send once may have got it once or not at all, the second under
     * {@code rule}; twice still breaks the rule of the one delivery.
     */
    private void mayHaveMissed(int registration, int send, String rule) {
        String got = gotKey(registration, send);
        Expectation x = outcomes.get(got);
        if (x == null || !x.allows("1") || x.allows("0")) {
            return;
        }
        outcomes.put(got, new Expectation(got, "1", rule, x.ruleIfMore() != null ? x.ruleIfMore() : x.rule(), List.of("0")));
        outcomes.computeIfPresent(howKey(registration, send), (k, form) -> form.alsoAllowing(List.of("none")));
    }

    /** Whether a send of {@code type} on {@code channel} would be judged as a send to listeners now (open, of its type). */
    public boolean sendsToListeners(int channel, int type) {
        Channel c = channels.get(channel);
        return !c.closed && c.type == type;
    }

    /** The rule that makes a listener hear a channel. */
    private static String matchRule(Channel c, Registration r) {
        if (r.place.far) {
            return "REQ-SPOOL-OVW-012";
        }
        if (c.place.printer == null) {
            return "REQ-SPOOL-CHAN-002";
        }
        if (c.perUser) {
            return "REQ-SPOOL-CHAN-008";
        }
        if (!r.actor.user.equalsIgnoreCase(c.opener.user)) {
            return "REQ-SPOOL-CHAN-009";
        }
        return r.actor.inSpooler ? "REQ-SPOOL-OVW-007" : "REQ-SPOOL-CHAN-001";
    }

    /** Every opener's callback but {@code except}'s hears nothing of send {@code number}. */
    private void silentOpeners(int number, int except) {
        for (Channel other : channels.values()) {
            if (other.callback && other.id != except) {
                String k = answerKey(other.id, number);
                outcomes.put(k, new Expectation(k, "0", "REQ-SPOOL-CHAN-012"));
            }
        }
    }

    /** A listener answers on the pointer it was handed: to the opener's callback alone, once, with the opener's own pointer. */
    public void answer(int number, int channel, int registration, int type) {
        Channel c = channels.get(channel);
        String key = sendKey(number);
        if (type != c.type) {
            // The type is the channel's, whichever party sends on it: an answer of another type is refused too.
            outcomes.put(key, new Expectation(key, INVALID_TYPE, "REQ-SPOOL-CHAN-007"));
            reachesNobody(number, "REQ-SPOOL-CHAN-007");
            if (c.callback) {
                String got = answerKey(channel, number);
                outcomes.put(got, new Expectation(got, "0", "REQ-SPOOL-CHAN-007"));
            }
            return;
        }
        if (c.callback) {
            outcomes.put(key, new Expectation(key, OK, "REQ-SPOOL-CHAN-015"));
            String got = answerKey(channel, number);
            outcomes.put(got, new Expectation(got, "1", "REQ-SPOOL-CHAN-012"));
            String how = answerHowKey(channel, number);
            outcomes.put(how, new Expectation(how, "with its own pointer", "REQ-SPOOL-CHAN-012"));
        }
        // To the opener alone: no listener hears it; without a callback it goes nowhere, whatever the send returns.
        for (Registration r : registrations.values()) {
            String got = gotKey(r.id, number);
            outcomes.put(got, new Expectation(got, "0", c.callback ? "REQ-SPOOL-CHAN-012" : "REQ-SPOOL-CHAN-011"));
        }
        silentOpeners(number, channel);
    }

    /**
     * CloseChannel by the opener (listener 0) or by a listener holding a pointer: S_OK; every party
     * but the closer is told once, with the closer's reason or none; a unidirectional channel's
     * listeners may be told or not (REQ-SPOOL-CHAN-035).
     */
    public void close(int number, int channel, int listener, String reason) {
        Channel c = channels.get(channel);
        String key = closeKey(number);
        if (c.closed) {
            throw new IllegalStateException("the model closes a channel once (a second close goes through a pointer the spooler released)");
        }
        outcomes.put(key, new Expectation(key, OK, "REQ-SPOOL-CHAN-018"));
        c.closed = true;
        String told = reason == null ? "without a reason" : "with the reason " + reason;
        if (listener == 0) {
            tell(channel, 0, false, null, false);
        } else {
            // The spooler releases the opener's pointer on its behalf once it was told (REQ-SPOOL-CHAN-024).
            c.openerHolds = false;
            tell(channel, 0, c.callback, told, false);
        }
        for (int r : c.heard) {
            tell(channel, r, r != listener, r == listener ? null : told, c.style == Style.UNIDIRECTIONAL);
        }
    }

    /**
     * After {@link #close}, for sends on the channel that took effect before the close while the
     * implementation had not settled (sends racing the close from other threads): what was still
     * queued is discarded (REQ-SPOOL-CHAN-020), so each listener may have had each of them or not.
     * A bidirectional listener hands its pointer with its first notification, so one that had none
     * of them may never have been a party to tell: told once or not at all, and if told, as
     * {@link #close} says.
     */
    public void discardable(List<Integer> sends, int channel) {
        Channel c = channels.get(channel);
        for (int s : sends) {
            for (Registration r : registrations.values()) {
                mayHaveMissed(r.id, s, "REQ-SPOOL-CHAN-020");
            }
        }
        if (c.style == Style.BIDIRECTIONAL && !sends.isEmpty()) {
            for (int r : c.heard) {
                for (String k : List.of(closedKey(channel, r), pointerKey(channel, r), reasonKey(channel, r))) {
                    outcomes.computeIfPresent(k, (key, x) -> x.alsoAllowing(List.of(NOT_TOLD)));
                }
            }
        }
    }

    /**
     * ChannelClosed to one party: told once or not at all (REQ-SPOOL-CHAN-018), or either for a
     * unidirectional listener (REQ-SPOOL-CHAN-035); when told, the closer's reason or none
     * (REQ-SPOOL-CHAN-019).
     */
    private void tell(int channel, int party, boolean told, String reason, boolean mayNot) {
        String k = closedKey(channel, party);
        if (mayNot) {
            outcomes.put(k, Expectation.either(k, List.of(ONCE, NOT_TOLD), "REQ-SPOOL-CHAN-035"));
        } else {
            outcomes.put(k, new Expectation(k, told ? ONCE : NOT_TOLD, "REQ-SPOOL-CHAN-018"));
        }
        if (told && !mayNot) {
            // ChannelClosed names the channel: the opener gets its own pointer, a bidirectional listener the one it was handed.
            String which = pointerKey(channel, party);
            outcomes.put(which, new Expectation(which, party == 0 ? "its own pointer" : "a pointer to channel #" + channel, "REQ-SPOOL-CHAN-018"));
        }
        if (told) {
            String why = reasonKey(channel, party);
            outcomes.put(why, mayNot ? Expectation.either(why, List.of(reason, NOT_TOLD), "REQ-SPOOL-CHAN-035")
                    : new Expectation(why, reason, "REQ-SPOOL-CHAN-019"));
        }
    }

    private void reachesNobody(int number, String rule) {
        for (Registration r : registrations.values()) {
            String got = gotKey(r.id, number);
            outcomes.put(got, new Expectation(got, "0", rule));
        }
        silentOpeners(number, 0);
    }

    /** Why a registration does not hear a channel's notification, or null when it does. */
    private static String whyNot(Channel c, Registration r) {
        if (r.refused) {
            return "REQ-SPOOL-OVW-016";
        }
        if (r.place != c.place) {
            boolean bothPrinters = r.place.printer != null && c.place.printer != null;
            boolean bothServers = r.place.printer == null && c.place.printer == null;
            return bothPrinters ? "REQ-SPOOL-CHAN-001" : bothServers ? "REQ-SPOOL-CHAN-002" : "REQ-SPOOL-OVW-002";
        }
        if (r.type != c.type) {
            return "REQ-SPOOL-CHAN-006";
        }
        if (c.perUser && !r.actor.user.equalsIgnoreCase(c.opener.user)) {
            return "REQ-SPOOL-CHAN-008";
        }
        return null;
    }

    // ---- what an implementation must show ----------------------------------------------------

    public static String registrationKey(int number) {
        return "result of registration #" + number;
    }

    public static String openingKey(int number) {
        return "result of opening #" + number;
    }

    public static String sendKey(int number) {
        return "result of send #" + number;
    }

    public static String unregisterKey(int number) {
        return "result of unregister #" + number;
    }

    public static String closeKey(int number) {
        return "result of close #" + number;
    }

    /** Times a registration's listener got a send's notification. */
    public static String gotKey(int registration, int send) {
        return "registration #" + registration + " told send #" + send;
    }

    /** With which channel the listener got it: "with a pointer to channel #c", or alone. */
    public static String howKey(int registration, int send) {
        return "how registration #" + registration + " was told send #" + send;
    }

    public static String answerKey(int channel, int send) {
        return "the opener of channel #" + channel + " told answer #" + send;
    }

    public static String answerHowKey(int channel, int send) {
        return "the pointer the opener of channel #" + channel + " was told answer #" + send + " on";
    }

    /** ChannelClosed to a party of a channel: 0 is the opener, else a registration. */
    public static String closedKey(int channel, int party) {
        return "ChannelClosed of channel #" + channel + " to " + (party == 0 ? "its opener" : "registration #" + party);
    }

    /** The pointer ChannelClosed gave a party: "its own pointer" (the opener), "a pointer to channel #c", or "no pointer". */
    public static String pointerKey(int channel, int party) {
        return "pointer of " + closedKey(channel, party);
    }

    /** The channel objects alive (SpoolerControl.liveChannelObjects, where the implementation declares it). */
    public static final String LIVE_KEY = "live channel objects";

    /**
     * Every channel opened is still alive: the model draws no Release, and after any close some
     * party still holds a pointer (the opener after its own close, REQ-SPOOL-CHAN-022/023; the
     * closing listener after its close). Fewer: freed while held; more: a refused opening left one.
     */
    public Expectation live() {
        return new Expectation(LIVE_KEY, Integer.toString(channels.size()), "REQ-SPOOL-CHAN-022", lastRefusal);
    }

    /** The reason a party was told with: "with the reason r", "without a reason", or "not told". */
    public static String reasonKey(int channel, int party) {
        return "reason of " + closedKey(channel, party);
    }

    @Override
    public Map<String, Expectation> expectations() {
        Map<String, Expectation> out = new LinkedHashMap<>(outcomes);
        out.put(LIVE_KEY, live());
        return out;
    }

    /** Whether a registration succeeded, and so has a handle the run may unregister. */
    public boolean registered(int registration) {
        Registration r = registrations.get(registration);
        return r != null && !r.refused;
    }

    /** Every registration, for the run to observe. */
    public List<Integer> registrationIds() {
        return new ArrayList<>(registrations.keySet());
    }
}
