package notifytck.model.rpc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import notifytck.model.Expectation;
import notifytck.model.World;
import notifytck.spi.rpc.RpcConstants;

/**
 * What the RPC runtime may show under "RpcServerSubscribeForNotification function" and the kit's
 * readings (features/rpc/rpc-server-subscribe-for-notification.feature, docs/rpc-readings.md):
 * calls in progress (synchronous or asynchronous), the server's subscriptions on them by each
 * method, from the dispatch thread or another thread, with or without the binding, the client's
 * cancels and disconnects, unsubscriptions, the end of a call, and what each target is told.
 *
 * <p>Ids are the model's own: calls and subscription calls are numbered from 1. A target is what
 * one subscription call handed RPC (an event object, an APC routine and thread, a completion port
 * and its packet, a routine), numbered as its call; an accepted call's target holds the kinds it
 * subscribed for until they are unsubscribed, a refused call's target never holds any. The model is never asked what the document leaves undefined: a second
 * subscription to a kind the call holds, a call ended with a subscription left, anything on a call
 * once it ended but the client's own actions.
 */
public final class RpcWorld implements World<RpcWorld> {
    /** A notification kind: its bit in Notification and the RPC_ASYNC_EVENT that tells it. */
    public enum Kind {
        DISCONNECT(RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT, RpcConstants.RPC_CLIENT_DISCONNECT, "RpcClientDisconnect"),
        CANCEL(RpcConstants.RPC_NOTIFICATION_CALL_CANCEL, RpcConstants.RPC_CLIENT_CANCEL, "RpcClientCancel");

        public final int bit;
        public final int event;
        public final String eventName;

        Kind(int bit, int event, String eventName) {
            this.bit = bit;
            this.event = event;
            this.eventName = eventName;
        }

        public static Kind ofEvent(int event) {
            for (Kind k : values()) {
                if (k.event == event) {
                    return k;
                }
            }
            return null;
        }
    }

    /** The notification methods the model draws, and two values beyond them (Hwnd: docs/rpc-readings.md, not judged). */
    public enum Method {
        NONE(RpcConstants.RPC_NOTIFICATION_TYPE_NONE, "no method", "REQ-RPC-NOTIFY-002"),
        EVENT(RpcConstants.RPC_NOTIFICATION_TYPE_EVENT, "event", "REQ-RPC-NOTIFY-005"),
        APC(RpcConstants.RPC_NOTIFICATION_TYPE_APC, "APC", "REQ-RPC-NOTIFY-006"),
        IOC(RpcConstants.RPC_NOTIFICATION_TYPE_IOC, "completion port", "REQ-RPC-NOTIFY-007"),
        CALLBACK(RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK, "callback", "REQ-RPC-NOTIFY-008"),
        /** Values RPC_NOTIFICATION_TYPES does not define, with a routine in the union (REQ-RPC-NOTIFY-028). */
        NUMBER_6(6, "method number 6", "REQ-RPC-NOTIFY-028"),
        NUMBER_FFFFFFFF(0xFFFF_FFFF, "method number 4294967295", "REQ-RPC-NOTIFY-028");

        public final int type;
        public final String text;
        /** The rule that says what this method's target is told. */
        final String rule;

        /** No method the runtime can use (None, or a value beyond the enumeration): the kit hands it a routine, so a delivery anyway shows. */
        public boolean noMethod() {
            return this == NONE || this == NUMBER_6 || this == NUMBER_FFFFFFFF;
        }

        Method(int type, String text, String rule) {
            this.type = type;
            this.text = text;
            this.rule = rule;
        }
    }

    /** Which thread subscribes, and whether it names the call by its binding or passes NULL. */
    public enum From {
        DISPATCH_THREAD("on the call's dispatch thread", true, false),
        DISPATCH_THREAD_NULL_BINDING("with a NULL binding on the call's dispatch thread", true, true),
        WORKER_THREAD("from a worker thread", false, false),
        WORKER_THREAD_NULL_BINDING("with a NULL binding on a worker thread", false, true);

        public final String text;
        public final boolean dispatchThread;
        public final boolean nullBinding;

        From(String text, boolean dispatchThread, boolean nullBinding) {
            this.text = text;
            this.dispatchThread = dispatchThread;
            this.nullBinding = nullBinding;
        }
    }

    /** The packet a completion port subscription describes. */
    public record Packet(int bytes, long key, long overlapped) {
        @Override
        public String toString() {
            return "bytes " + Integer.toUnsignedString(bytes) + ", key " + Long.toUnsignedString(key) + ", overlapped " + Long.toUnsignedString(overlapped);
        }
    }

    public static final String ACCEPTED = "accepted";
    public static final String REFUSED = "refused";
    public static final String AT_MOST = "within the limit";
    public static final String NAMED_THREAD = "the thread named at subscription";

    private static final class Call {
        final int id;
        final boolean async;
        boolean ended;
        final EnumSet<Kind> happened = EnumSet.noneOf(Kind.class);
        /** Kinds told to some target of this call (at most once per kind and call, REQ-RPC-NOTIFY-021). */
        final EnumSet<Kind> told = EnumSet.noneOf(Kind.class);
        /** The target holding each kind now. */
        final EnumMap<Kind, Integer> holder = new EnumMap<>(Kind.class);
        /** Kinds already told when the subscription holding them now was made (NotificationsQueued counted from it). */
        final EnumSet<Kind> toldBeforeHolder = EnumSet.noneOf(Kind.class);
        /**
         * Kinds a refused call asked for while nobody held them, with the refusal's rule: a later valid
         * subscription to such a kind that is refused shows what the refused call left behind.
         */
        final EnumMap<Kind, String> askedByRefused = new EnumMap<>(Kind.class);

        Call(int id, boolean async) {
            this.id = id;
            this.async = async;
        }

        Call copy() {
            Call c = new Call(id, async);
            c.ended = ended;
            c.happened.addAll(happened);
            c.told.addAll(told);
            c.holder.putAll(holder);
            c.toldBeforeHolder.addAll(toldBeforeHolder);
            c.askedByRefused.putAll(askedByRefused);
            return c;
        }
    }

    private static final class Target {
        final int id;
        final int call;
        final Method method;
        final Packet packet;
        final EnumSet<Kind> holds = EnumSet.noneOf(Kind.class);
        final EnumSet<Kind> everHeld = EnumSet.noneOf(Kind.class);
        /** Times each kind was told to it (for the completion port, packets: they carry no kind). */
        final EnumMap<Kind, Integer> count = new EnumMap<>(Kind.class);
        /** The rule a notification beyond the count breaks, per kind. */
        final EnumMap<Kind, String> extra = new EnumMap<>(Kind.class);
        /** The rule a missing notification breaks: the method's, or the binding's when the server named the call another way. */
        String rule;
        /** Per kind, the rule a missing notification breaks when it is not the method's: a later refused call's for that kind. */
        final EnumMap<Kind, String> missing = new EnumMap<>(Kind.class);
        /** A refused subscription call's target: never told anything, for the refusal's rule. */
        boolean refused;
        /** Kinds due to it since the implementation last settled: perhaps still in flight. */
        final EnumSet<Kind> pending = EnumSet.noneOf(Kind.class);

        Target(int id, int call, Method method, Packet packet, String rule) {
            this.id = id;
            this.call = call;
            this.method = method;
            this.packet = packet;
            this.rule = rule;
            for (Kind k : Kind.values()) {
                count.put(k, 0);
                extra.put(k, "REQ-RPC-NOTIFY-013");
            }
        }

        Target copy() {
            Target t = new Target(id, call, method, packet, rule);
            t.holds.addAll(holds);
            t.everHeld.addAll(everHeld);
            t.count.putAll(count);
            t.extra.putAll(extra);
            t.refused = refused;
            t.pending.addAll(pending);
            t.missing.putAll(missing);
            return t;
        }

        int total() {
            return count.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Map<Integer, Call> calls = new LinkedHashMap<>();
    private final Map<Integer, Target> targets = new LinkedHashMap<>();
    private final Map<String, Expectation> outcomes = new LinkedHashMap<>();
    /** The events that replaced a reused NotificationInfo must stay silent; compared last (see {@link #expectations()}). */
    private final Map<String, Expectation> replaced = new LinkedHashMap<>();

    @Override
    public RpcWorld copy() {
        RpcWorld w = new RpcWorld();
        calls.forEach((id, c) -> w.calls.put(id, c.copy()));
        targets.forEach((id, t) -> w.targets.put(id, t.copy()));
        w.outcomes.putAll(outcomes);
        w.replaced.putAll(replaced);
        return w;
    }

    // ---- the client and the runtime ----------------------------------------------------------

    public int startCall(boolean async) {
        int id = calls.size() + 1;
        calls.put(id, new Call(id, async));
        return id;
    }

    /**
     * A call known by the number a run gave it, among others the model is not told of: calls are
     * independent, so one of thousands can be judged alone, without starting the others first.
     */
    public void startCall(int id, boolean async) {
        if (calls.containsKey(id)) {
            throw new IllegalStateException("call #" + id + " is already started");
        }
        calls.put(id, new Call(id, async));
    }

    public boolean asynchronous(int call) {
        return calls.get(call).async;
    }

    public boolean ended(int call) {
        return calls.get(call).ended;
    }

    /** The kinds the call holds a subscription for now. */
    public EnumSet<Kind> held(int call) {
        EnumSet<Kind> out = EnumSet.noneOf(Kind.class);
        out.addAll(calls.get(call).holder.keySet());
        return out;
    }


    /**
     * The client cancels or disconnects. Once per kind and call counts (REQ-RPC-NOTIFY-021); the
     * target holding the kind is told, and nothing after the call ended (REQ-RPC-NOTIFY-012).
     * Returns the worlds this may become: a completion port told of both kinds may have posted one
     * packet or two (REQ-RPC-NOTIFY-004's reading).
     */
    public List<RpcWorld> happens(int call, Kind kind) {
        Call c = calls.get(call);
        if (c.ended || c.happened.contains(kind)) {
            c.happened.add(kind);
            return List.of(this);
        }
        c.happened.add(kind);
        for (Target t : targetsOf(call)) {
            if (!t.refused && !t.holds.contains(kind) && t.count.get(kind) == 0) {
                t.extra.put(kind, t.everHeld.contains(kind) ? "REQ-RPC-NOTIFY-012" : "REQ-RPC-NOTIFY-013");
            }
        }
        Integer holder = c.holder.get(kind);
        if (holder == null) {
            return List.of(this);
        }
        Target t = targets.get(holder);
        c.told.add(kind);
        t.extra.put(kind, "REQ-RPC-NOTIFY-021");
        if (t.method == Method.IOC && t.total() > 0) {
            // The other kind already posted a packet: a second packet, or the first standing for both.
            RpcWorld one = copy();
            t.count.merge(kind, 1, Integer::sum);
            t.pending.add(kind);
            return List.of(this, one);
        }
        t.count.merge(kind, 1, Integer::sum);
        t.pending.add(kind);
        return List.of(this);
    }

    /** A check a subscription call fails: the rule that states it, and the code it names (null: the document names none). */
    private record Check(String rule, String code) {}

    /** The checks a subscription call with these arguments fails; the document orders none of them. */
    private static List<Check> failing(int bits, Method method, From from) {
        List<Check> failing = new ArrayList<>();
        boolean validBits = bits == RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT || bits == RpcConstants.RPC_NOTIFICATION_CALL_CANCEL
                || bits == (RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT | RpcConstants.RPC_NOTIFICATION_CALL_CANCEL);
        if (!validBits) {
            failing.add(new Check("REQ-RPC-NOTIFY-001", "RPC_S_CANNOT_SUPPORT"));
        }
        if (method == Method.NONE) {
            failing.add(new Check("REQ-RPC-NOTIFY-002", "RPC_S_INVALID_ARG"));
        }
        if (method == Method.EVENT && Integer.bitCount(bits & 3) == 2) {
            failing.add(new Check("REQ-RPC-NOTIFY-003", null));
        }
        if (from.nullBinding && !from.dispatchThread) {
            failing.add(new Check("REQ-RPC-NOTIFY-016", null));
        }
        if (method == Method.NUMBER_6 || method == Method.NUMBER_FFFFFFFF) {
            failing.add(new Check("REQ-RPC-NOTIFY-028", null));
        }
        return failing;
    }

    /** Whether the documents let a subscription call with these arguments succeed (on a call in progress). */
    public static boolean accepts(int bits, Method method, From from) {
        return failing(bits, method, from).isEmpty();
    }

    /**
     * One RpcServerSubscribeForNotification. Returns the worlds it may become: a kind the client
     * acted on before this subscription may be told at once or never (REQ-RPC-NOTIFY-024).
     * {@code call} is the call the binding names: for a NULL binding on a dispatch thread, the
     * call dispatched there (REQ-RPC-NOTIFY-015); for a NULL binding elsewhere, none.
     */
    public List<RpcWorld> subscribe(int number, int call, int bits, Method method, From from, Packet packet) {
        List<Check> failing = failing(bits, method, from);
        String resultKey = subscriptionKey(number);
        if (!failing.isEmpty()) {
            // The document orders none of these checks: the first names the rule, and the code is one of theirs.
            String refusal = failing.get(0).rule();
            outcomes.put(resultKey, new Expectation(resultKey, REFUSED, refusal));
            // A kind the call holds already among the bits: a runtime may answer for that first (REQ-RPC-NOTIFY-025's reading).
            boolean holdsOne = (bits & 3) != 0 && held(call).stream().anyMatch(k -> (bits & k.bit) != 0);
            // A failing check that names no code (003, 016) leaves the code open.
            if (failing.stream().allMatch(f -> f.code() != null)) {
                List<String> codes = new ArrayList<>(failing.stream().map(Check::code).distinct().toList());
                if (holdsOne) {
                    codes.add("RPC_S_ALREADY_REGISTERED");
                }
                outcomes.put(codeKey(number), Expectation.either(codeKey(number), codes, refusal));
            }
            // Nor does it unsubscribe anything: a kind the call held stays with its holder, which, if it is not told,
            // was broken by this refusal (the refused call changed what it must leave alone).
            // Only a call that names the call can touch what it holds (a NULL binding off the dispatch
            // thread names none), and the first such refusal is the one a later miss is charged to.
            if (holdsOne && !(from.nullBinding && !from.dispatchThread)) {
                for (Kind k : held(call)) {
                    if ((bits & k.bit) != 0) {
                        Target holder = targets.get(calls.get(call).holder.get(k));
                        if (holder.missing.putIfAbsent(k, refusal) == null) {
                            holder.rule = refusal;
                        }
                    }
                }
            }
            // Kinds it asked for that nobody holds stay free: a valid call for them later must succeed, and if it
            // does not, the refusal that came first is what left something behind.
            if (!(from.nullBinding && !from.dispatchThread) && calls.containsKey(call)) {
                for (Kind k : Kind.values()) {
                    if ((bits & k.bit) != 0 && !held(call).contains(k)) {
                        calls.get(call).askedByRefused.putIfAbsent(k, refusal);
                    }
                }
            }
            // A refused call subscribes nothing: its target is never told anything.
            Target t = new Target(number, call, method.noMethod() ? Method.CALLBACK : method, packet, refusal);
            t.extra.replaceAll((k, r) -> refusal);
            t.refused = true;
            targets.put(number, t);
            return List.of(this);
        }
        // Refusing a valid call breaks the rule that lets it succeed; 018 is the status's own rule.
        boolean both = Integer.bitCount(bits & 3) == 2;
        String rule = from.nullBinding ? "REQ-RPC-NOTIFY-015" : !from.dispatchThread ? "REQ-RPC-NOTIFY-016"
                : both ? "REQ-RPC-NOTIFY-004" : method.rule;
        // This call takes the kinds it asks for: whatever a refused call left of them is settled by its outcome.
        String leftBehind = null;
        for (Kind k : Kind.values()) {
            String refusal = (bits & k.bit) != 0 ? calls.get(call).askedByRefused.remove(k) : null;
            if (leftBehind == null) {
                leftBehind = refusal;
            }
        }
        outcomes.put(resultKey, new Expectation(resultKey, ACCEPTED, leftBehind != null ? leftBehind : rule));
        outcomes.put(codeKey(number), new Expectation(codeKey(number), "RPC_S_OK", "REQ-RPC-NOTIFY-018"));
        Call c = calls.get(call);
        int id = number;
        Target t = new Target(id, call, method, packet, rule);
        targets.put(id, t);
        List<Kind> late = new ArrayList<>();
        // First every kind it now holds, in this world (so every copy made below holds them all) ...
        for (Kind k : Kind.values()) {
            if ((bits & k.bit) == 0) {
                continue;
            }
            t.holds.add(k);
            t.everHeld.add(k);
            c.holder.put(k, id);
            c.toldBeforeHolder.remove(k);
            if (c.told.contains(k)) {
                c.toldBeforeHolder.add(k);
                // Told once already, to an earlier subscription: never again (REQ-RPC-NOTIFY-021).
                t.extra.put(k, "REQ-RPC-NOTIFY-021");
            } else if (c.happened.contains(k)) {
                // Before this subscription: told at once, or never (REQ-RPC-NOTIFY-024).
                t.extra.put(k, "REQ-RPC-NOTIFY-024");
                late.add(k);
            } else {
                // Nothing happened to this call yet: a notification now would be another call's.
                t.extra.put(k, from.nullBinding ? "REQ-RPC-NOTIFY-015" : "REQ-RPC-NOTIFY-010");
            }
        }
        // ... then, for each kind that came before it, the worlds where it is told at once.
        List<RpcWorld> worlds = new ArrayList<>(List.of(this));
        for (Kind k : late) {
            List<RpcWorld> next = new ArrayList<>();
            for (RpcWorld w : worlds) {
                RpcWorld told = w.copy();
                Target tt = told.targets.get(id);
                told.calls.get(call).told.add(k);
                tt.count.merge(k, 1, Integer::sum);
                tt.pending.add(k);
                next.add(w);
                next.add(told);
            }
            worlds = next;
        }
        return worlds;
    }

    /** Whether the client already cancelled or disconnected from the call. */
    public boolean happened(int call, Kind kind) {
        return calls.get(call).happened.contains(kind);
    }

    /** Whether the call holds a subscription by a method whose notification says nothing of its kind (event, completion port). */
    public boolean holdsKindless(int call) {
        return calls.get(call).holder.values().stream().map(targets::get).anyMatch(t -> t.method == Method.EVENT || t.method == Method.IOC);
    }

    /**
     * RpcServerUnsubscribeForNotification for one kind the call holds: RPC_S_OK, and the target
     * holds it no more. Returns the worlds it may become: a notification due but perhaps not yet
     * delivered (the implementation has not settled since) may still arrive, or never
     * (REQ-RPC-NOTIFY-012's reading).
     */
    /**
     * An unsubscribe from a Notification of one bit or none that is neither supported kind (0, or a
     * single bit beyond the two), on a call in progress from its dispatch thread: refused with
     * RPC_S_CANNOT_SUPPORT on Windows Vista, and every subscription of the call stays as it was
     * (REQ-RPC-NOTIFY-027). Nothing else changes, so later notifications are judged as before.
     */
    public List<RpcWorld> unsubscribeUnsupported(int number, int call) {
        if (calls.get(call).ended) {
            throw new IllegalStateException("the model refuses an unsupported unsubscribe on a call in progress only (two checks would fail)");
        }
        String key = unsubscriptionKey(number);
        outcomes.put(key, new Expectation(key, "RPC_S_CANNOT_SUPPORT", "REQ-RPC-NOTIFY-027"));
        return List.of(this);
    }

    public List<RpcWorld> unsubscribe(int number, int call, Kind kind) {
        Call c = calls.get(call);
        String key = unsubscriptionKey(number);
        outcomes.put(key, new Expectation(key, "RPC_S_OK", "REQ-RPC-NOTIFY-012"));
        boolean fromThisSubscription = !c.toldBeforeHolder.contains(kind);
        Integer holder = c.holder.remove(kind);
        c.toldBeforeHolder.remove(kind);
        if (holder == null) {
            queued(number, c, kind, fromThisSubscription);
            return List.of(this);
        }
        Target t = targets.get(holder);
        t.holds.remove(kind);
        if (!c.told.contains(kind)) {
            t.extra.put(kind, "REQ-RPC-NOTIFY-012");
        }
        queued(number, c, kind, fromThisSubscription);
        if (!t.pending.contains(kind)) {
            return List.of(this);
        }
        RpcWorld lost = copy();
        Target l = lost.targets.get(holder);
        l.count.merge(kind, -1, Integer::sum);
        l.pending.remove(kind);
        l.extra.put(kind, "REQ-RPC-NOTIFY-012");
        lost.calls.get(call).told.remove(kind);
        // Dropped by the unsubscription: it will never come, so it was not queued for the server either.
        lost.queued(number, lost.calls.get(call), kind, fromThisSubscription);
        return List.of(this, lost);
    }

    /**
     * NotificationsQueued (REQ-RPC-NOTIFY-026): the notifications of the kind queued for the call, or
     * of every kind, counted from the call's start or from the subscription's; a kind is told at most
     * once per call, so each count is what has reached (or is on its way to) the server.
     */
    private void queued(int number, Call c, Kind kind, boolean fromThisSubscription) {
        int ofKind = c.told.contains(kind) ? 1 : 0;
        List<String> allowed = java.util.stream.IntStream.of(ofKind, fromThisSubscription ? ofKind : 0, c.told.size()).distinct()
                .mapToObj(Integer::toString).toList();
        outcomes.put(queuedKey(number), Expectation.either(queuedKey(number), allowed, "REQ-RPC-NOTIFY-026"));
    }

    public static String queuedKey(int number) {
        return "NotificationsQueued of unsubscription #" + number;
    }

    /** The implementation settled (quiesced): whatever was due has been delivered. */
    public void settle() {
        targets.values().forEach(t -> t.pending.clear());
    }

    /** The server ends the call (returns, RpcAsyncCompleteCall or RpcAsyncAbortCall), having unsubscribed first. */
    public void end(int call) {
        Call c = calls.get(call);
        if (!c.holder.isEmpty()) {
            throw new IllegalStateException("the model ends only calls without a subscription (REQ-RPC-NOTIFY-011)");
        }
        c.ended = true;
    }

    /** The server overwrote or freed the NotificationInfo of a target's subscription: RPC kept its own copy (REQ-RPC-NOTIFY-017). */
    public void infoReused(int target) {
        targets.get(target).rule = "REQ-RPC-NOTIFY-017";
        String key = overwriterKey(target);
        replaced.put(key, new Expectation(key, "0", "REQ-RPC-NOTIFY-017"));
    }

    /** RpcServerTestCancel on a call in progress: RPC_S_OK once the client cancelled, RPC_S_CALL_IN_PROGRESS before (REQ-RPC-NOTIFY-014). */
    public void testCancel(int number, int call) {
        String key = testKey(number);
        outcomes.put(key, new Expectation(key, calls.get(call).happened.contains(Kind.CANCEL) ? "RPC_S_OK" : "RPC_S_CALL_IN_PROGRESS",
                "REQ-RPC-NOTIFY-014"));
    }

    /** Whether the call attributes say the client is gone (REQ-RPC-NOTIFY-014). */
    public void askDisconnected(int number, int call) {
        String key = testKey(number);
        outcomes.put(key, new Expectation(key, calls.get(call).happened.contains(Kind.DISCONNECT) ? "disconnected" : "connected",
                "REQ-RPC-NOTIFY-014"));
    }

    private List<Target> targetsOf(int call) {
        return targets.values().stream().filter(t -> t.call == call).toList();
    }

    // ---- what an implementation must show ----------------------------------------------------

    public static String subscriptionKey(int number) {
        return "outcome of subscription call #" + number;
    }

    public static String codeKey(int number) {
        return "status of subscription call #" + number;
    }

    public static String unsubscriptionKey(int number) {
        return "status of unsubscription call #" + number;
    }

    public static String testKey(int number) {
        return "answer to question #" + number;
    }

    /** Times a kind reached a target that tells kinds (APC, callback). */
    public static String countKey(int target, Kind kind) {
        return kind.eventName + " told to target #" + target;
    }

    /** Every notification that reached a target, whatever its kind. */
    public static String totalKey(int target) {
        return "notifications told to target #" + target;
    }

    public static String onceKey(int target, Kind kind) {
        return kind.eventName + " at most once to target #" + target;
    }

    public static String argumentKey(int target, Kind kind) {
        return "arguments of " + kind.eventName + " at target #" + target;
    }

    /** Events neither RpcClientCancel nor RpcClientDisconnect, for targets that are told a kind. */
    public static String strangeKey(int target) {
        return "other events told to target #" + target;
    }

    /** Times an event object was signalled, or packets a port received. */
    public static String signalKey(int target) {
        return "signals of target #" + target;
    }

    public static String packetKey(int target) {
        return "packets of target #" + target;
    }

    public static String overwriterKey(int target) {
        return "signals of the event that replaced target #" + target + "'s NotificationInfo";
    }

    /** The handle a callback for this call must get: its binding, or its async handle (REQ-RPC-NOTIFY-008). */
    public static String handleText(int call, boolean async) {
        return (async ? "the async handle of call #" : "the binding of call #") + call;
    }

    @Override
    public Map<String, Expectation> expectations() {
        Map<String, Expectation> out = new LinkedHashMap<>(outcomes);
        for (Target t : targets.values()) {
            Call c = calls.get(t.call);
            switch (t.method) {
                case APC, CALLBACK -> {
                    // How many notifications first, with the rule of why they are due (or must not come); then which kinds,
                    // by the method's rule: a notification that carries the wrong kind leaves the count right and the kinds wrong.
                    for (Kind k : Kind.values()) {
                        if (t.count.get(k) > 0) {
                            put(out, onceKey(t.id, k), AT_MOST, "REQ-RPC-NOTIFY-021");
                        }
                    }
                    // An event that is neither kind: nothing the server subscribed for (REQ-RPC-NOTIFY-013).
                    put(out, strangeKey(t.id), "0", "REQ-RPC-NOTIFY-013");
                    int n = t.total();
                    out.put(totalKey(t.id), new Expectation(totalKey(t.id), Integer.toString(n), n == 0 ? beyond(t) : t.rule, beyond(t)));
                    for (Kind k : Kind.values()) {
                        int m = t.count.get(k);
                        put(out, countKey(t.id, k), Integer.toString(m), m == 0 && n == 0 ? t.extra.get(k) : t.missing.getOrDefault(k, t.method.rule));
                        if (m > 0) {
                            // What a notification carries is the method's (a runtime that read the reused NotificationInfo
                            // would have nothing to deliver with: that shows as a missing notification, REQ-RPC-NOTIFY-017).
                            put(out, argumentKey(t.id, k), t.method == Method.APC ? NAMED_THREAD : handleText(c.id, c.async), t.method.rule);
                        }
                    }
                }
                case EVENT, IOC -> {
                    int n = t.total();
                    if (n == 0) {
                        put(out, signalKey(t.id), "0", beyond(t));
                    } else {
                        out.put(signalKey(t.id), new Expectation(signalKey(t.id), Integer.toString(n), t.rule, beyond(t)));
                        if (t.method == Method.IOC) {
                            put(out, packetKey(t.id), t.packet.toString(), t.method.rule);
                        }
                    }
                }
                default -> throw new IllegalStateException("no target for " + t.method);
            }
        }
        // Last: a runtime that reads the NotificationInfo when it delivers shows first as a wrong target above.
        out.putAll(replaced);
        return out;
    }

    /**
     * The rule a notification beyond what a target was due breaks: its refusal; else the reason of
     * the first kind its call saw happen and that did not reach it; else, every kind that happened
     * having reached it, once per call (REQ-RPC-NOTIFY-021); else, nothing having happened to its
     * call, the reason another call's notification must not reach it.
     */
    private String beyond(Target t) {
        if (t.refused) {
            return t.rule;
        }
        Call c = calls.get(t.call);
        for (Kind k : Kind.values()) {
            if (c.happened.contains(k) && t.count.get(k) == 0) {
                return t.extra.get(k);
            }
        }
        if (!c.happened.isEmpty()) {
            return "REQ-RPC-NOTIFY-021";
        }
        return t.everHeld.stream().findFirst().map(t.extra::get).orElse("REQ-RPC-NOTIFY-010");
    }

    private static void put(Map<String, Expectation> out, String key, String allowed, String rule) {
        out.put(key, new Expectation(key, allowed, rule));
    }
}
