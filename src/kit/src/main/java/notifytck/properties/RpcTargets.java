package notifytck.properties;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import notifytck.kit.History;
import notifytck.model.rpc.RpcWorld;
import notifytck.model.rpc.RpcWorld.Kind;
import notifytck.model.rpc.RpcWorld.Method;
import notifytck.model.rpc.RpcWorld.Packet;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.ServerThread;

/**
 * The targets a run hands RPC, one per subscription call, what reaches each (recorded from any
 * thread), and every observable of them rendered as {@link RpcWorld} names it. Shared by the
 * sequential and the concurrent runs, so both are judged alike.
 */
final class RpcTargets {
    /** What reached a target: the RPC_ASYNC_EVENT (-1 for an event object or a packet) and its argument. */
    record Told(int target, int event, String argument) {
        @Override
        public String toString() {
            Kind k = Kind.ofEvent(event);
            return "target #" + target + ": " + (event < 0 ? "" : (k == null ? "event " + event : k.eventName) + " ") + argument;
        }
    }

    /** One subscription call as the run made it: what it passed, to render what came back. */
    record Subscription(int call, Method method, int bits, ServerThread apcThread, NotificationInfo info) {}

    final History<Told> history = new History<>();
    private final Map<Integer, CallRef> calls = new ConcurrentHashMap<>();
    private final Map<Integer, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> replacedBy = new ConcurrentHashMap<>();

    /** The calls by their binding and async handles, for naming the handle a routine got: a storm has thousands of calls. */
    private final Map<String, String> handleNames = new ConcurrentHashMap<>();

    void call(int id, CallRef ref) {
        calls.put(id, ref);
        handleNames.putIfAbsent(ref.binding().handle(), RpcWorld.handleText(id, false));
        if (ref.async() != null) {
            handleNames.putIfAbsent(ref.async().handle(), RpcWorld.handleText(id, true));
        }
    }

    CallRef call(int id) {
        return calls.get(id);
    }

    /** A fresh target for subscription call {@code number}; Method None carries a routine, so a runtime that delivers anyway shows. */
    NotificationInfo target(int number, int call, int bits, Method method, Packet packet) {
        ServerThread apcThread = new ServerThread("alertable-" + number);
        NotificationInfo info = switch (method) {
            case EVENT -> NotificationInfo.event(() -> history.record(new Told(number, -1, "set")));
            case APC -> NotificationInfo.apc((t, event) -> history.record(new Told(number, event,
                    t != null && t.equals(apcThread) ? RpcWorld.NAMED_THREAD : "thread " + (t == null ? "null" : t.id()))), apcThread);
            case IOC -> NotificationInfo.ioc((b, k, o) -> history.record(new Told(number, -1, new Packet(b, k, o).toString())),
                    packet.bytes(), packet.key(), packet.overlapped());
            case CALLBACK, NONE, NUMBER_6, NUMBER_FFFFFFFF -> NotificationInfo.callback((h, event) -> history.record(new Told(number, event, handleText(h))));
        };
        subscriptions.put(number, new Subscription(call, method, bits, apcThread, info));
        return info;
    }

    NotificationInfo info(int number) {
        return subscriptions.get(number).info();
    }

    /** The server overwrites subscription {@code number}'s NotificationInfo with another event object, or frees it. */
    void reuse(int number, boolean free) {
        NotificationInfo info = info(number);
        if (free) {
            info.clear();
        } else {
            int replacement = -number;
            info.overwriteWith(NotificationInfo.event(() -> history.record(new Told(replacement, -1, "set"))));
            replacedBy.put(number, replacement);
        }
    }

    /** Every target's observables, as {@link RpcWorld} names them. */
    void render(Map<String, String> observed) {
        Map<Integer, List<Told>> byTarget = history.all().stream().map(History.Recorded::event)
                .collect(Collectors.groupingBy(Told::target));
        for (Map.Entry<Integer, Subscription> e : new java.util.TreeMap<>(subscriptions).entrySet()) {
            int target = e.getKey();
            Subscription s = e.getValue();
            List<Told> told = byTarget.getOrDefault(target, List.of());
            switch (s.method()) {
                case APC, CALLBACK, NONE, NUMBER_6, NUMBER_FFFFFFFF -> {
                    for (Kind k : Kind.values()) {
                        List<String> args = told.stream().filter(t -> t.event() == k.event).map(Told::argument).toList();
                        observed.put(RpcWorld.countKey(target, k), Integer.toString(args.size()));
                        observed.put(RpcWorld.onceKey(target, k), args.size() <= 1 ? RpcWorld.AT_MOST : args.size() + " times");
                        observed.put(RpcWorld.argumentKey(target, k), args.isEmpty() ? "none" : args.stream().distinct().collect(Collectors.joining("; ")));
                    }
                    observed.put(RpcWorld.totalKey(target), Integer.toString(told.size()));
                    observed.put(RpcWorld.strangeKey(target), Long.toString(told.stream().filter(t -> Kind.ofEvent(t.event()) == null).count()));
                }
                case EVENT, IOC -> {
                    observed.put(RpcWorld.signalKey(target), Integer.toString(told.size()));
                    observed.put(RpcWorld.packetKey(target), told.isEmpty() ? "none" : told.stream().map(Told::argument).distinct().collect(Collectors.joining("; ")));
                }
                default -> throw new IllegalStateException(s.method().name());
            }
            Integer replacement = replacedBy.get(target);
            if (replacement != null) {
                observed.put(RpcWorld.overwriterKey(target), Integer.toString(byTarget.getOrDefault(replacement, List.of()).size()));
            }
        }
    }

    /** Names the handle a routine got: the binding or async handle of a known call, or the handle itself. */
    private String handleText(String handle) {
        if (handle == null) {
            return "a NULL handle";
        }
        return handleNames.getOrDefault(handle, "the handle " + handle);
    }
}
