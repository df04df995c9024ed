package notifytck.properties;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.model.msmq.MsmqWorld;
import notifytck.properties.MsmqModelRun.Fired;
import notifytck.spi.HResult;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.QueueRef;

/**
 * Everything an MSMQ run can observe, under the model's keys: each call's result and events (how
 * many, which kind, which code, on which queue object, on which thread), every queue object's
 * cursor and the messages of the queues asked for. The sequential and the concurrent run judge the
 * same observables.
 */
final class MsmqObservations {
    private MsmqObservations() {}

    /**
     * The event object of call {@code call}: records what the implementation fires on it, with the
     * queue object it names and whether it fired on the caller's thread before the call returned.
     */
    static MsmqEvent recorder(int call, History<Fired> history, Function<QueueRef, String> objectName, Predicate<Thread> insideTheCall) {
        return new MsmqEvent() {
            @Override
            public void arrived(QueueRef q) {
                history.record(new Fired(call, "Arrived", objectName.apply(q), insideTheCall.test(Thread.currentThread())));
            }

            @Override
            public void arrivedError(QueueRef q, HResult code) {
                history.record(new Fired(call, MsmqWorld.error(code), objectName.apply(q), insideTheCall.test(Thread.currentThread())));
            }
        };
    }

    /** Every event the history holds, in order. */
    static List<Fired> events(History<Fired> history) {
        return history.all().stream().map(History.Recorded::event).toList();
    }

    /** The cursors and queue contents, asked once: an order of steps tried names their messages its own way. */
    record Snapshot(Map<Integer, CursorPosition> cursors, Map<String, List<MessageRef>> contents) {
        static Snapshot take(MsmqControl control, Map<Integer, QueueRef> objects, Collection<String> queues) {
            return of(objects, queues, Deadline.observeEach("MsmqControl.cursor and MsmqControl.messages", asks(control, objects, queues)));
        }

        /** What a snapshot asks, in one hand-off (Deadline.observeEach): every cursor, then every queue's messages. */
        static List<java.util.function.Supplier<Object>> asks(MsmqControl control, Map<Integer, QueueRef> objects, Collection<String> queues) {
            List<java.util.function.Supplier<Object>> asks = new java.util.ArrayList<>();
            objects.values().forEach(ref -> asks.add(() -> control.cursor(ref)));
            queues.forEach(q -> asks.add(() -> control.messages(q)));
            return asks;
        }

        /** The snapshot from the answers to {@link #asks}, in its order. */
        static Snapshot of(Map<Integer, QueueRef> objects, Collection<String> queues, List<?> answers) {
            Map<Integer, CursorPosition> cursors = new LinkedHashMap<>();
            int i = 0;
            for (Integer id : objects.keySet()) {
                cursors.put(id, (CursorPosition) answers.get(i++));
            }
            Map<String, List<MessageRef>> contents = new LinkedHashMap<>();
            for (String q : queues) {
                @SuppressWarnings("unchecked") // the second part of the batch asked MsmqControl.messages
                List<MessageRef> messages = (List<MessageRef>) answers.get(i++);
                contents.put(q, messages);
            }
            return new Snapshot(cursors, contents);
        }
    }

    /**
     * @param results  each call's result, under {@link MsmqWorld#resultKey}
     * @param events   the events recorded so far, in order
     * @param calls    how many calls were made (numbered from 1)
     * @param message  a message's name in the model ("m3"), or a description of one it does not know
     */
    static Map<String, String> of(Map<String, String> results, List<Fired> events, int calls, Snapshot seen,
                                  Function<MessageRef, String> message) {
        Map<String, String> observed = new LinkedHashMap<>(results);
        for (int c = 1; c <= calls; c++) {
            int call = c;
            List<Fired> fired = events.stream().filter(f -> f.call() == call).toList();
            observed.put(MsmqWorld.onceKey(call), fired.size() <= 1 ? MsmqWorld.ONCE : fired.size() + " events");
            observed.put(MsmqWorld.arrivedKey(call), fired.stream().anyMatch(f -> f.what().equals("Arrived")) ? "Arrived" : "no Arrived");
            observed.put(MsmqWorld.errorKey(call), fired.stream().map(Fired::what).filter(w -> !w.equals("Arrived")).findFirst().orElse("no ArrivedError"));
            observed.put(MsmqWorld.asyncKey(call), fired.stream().anyMatch(Fired::insideTheCall)
                    ? "on the caller's thread before the call returned" : MsmqWorld.ASYNC);
            observed.put(MsmqWorld.namedKey(call), fired.isEmpty() ? "none"
                    : fired.stream().map(Fired::queueObject).distinct().collect(Collectors.joining(", ")));
        }
        seen.cursors().forEach((id, p) -> observed.put(MsmqWorld.cursorKey(id), switch (p.kind()) {
            case UNPOSITIONED -> "UNPOSITIONED";
            case END -> "END";
            case AT -> "AT " + message.apply(p.message());
        }));
        seen.contents().forEach((q, in) -> observed.put(MsmqWorld.contentsKey(q), in.stream().map(message).toList().toString()));
        return observed;
    }
}
