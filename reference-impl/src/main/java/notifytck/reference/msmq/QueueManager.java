package notifytck.reference.msmq;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.QueueRef;

/**
 * The queues of one instance and the handles it issued for queue objects and messages. Handles
 * carry the instance's tag, so a handle from another instance is simply unknown here. Lookups
 * are lock-free; everything that changes a queue is done under that queue's own lock, never
 * under two queue locks at once.
 */
final class QueueManager {
    private final String tag;
    private final TimerQueue timers;
    private final ConcurrentHashMap<String, MessageQueue> queues = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, QueueObject> queueObjects = new ConcurrentHashMap<>();
    /** Messages still in a queue: a received message's handle becomes unknown, so memory stays bounded. */
    private final ConcurrentHashMap<String, Message> messages = new ConcurrentHashMap<>();
    private final AtomicLong handles = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();

    QueueManager(String tag, TimerQueue timers) {
        this.tag = tag;
        this.timers = timers;
    }

    /** Created on first mention, as opening or sending to a new queue name does for the kit. */
    MessageQueue queue(String name) {
        requireName(name);
        return queues.computeIfAbsent(name, n -> new MessageQueue(n, timers));
    }

    /** Null for a name nobody has opened or sent to yet: looking must not create the queue. */
    MessageQueue existingQueue(String name) {
        requireName(name);
        return queues.get(name);
    }

    QueueObject open(String queueName, boolean initialized, int access) {
        MessageQueue q = queue(queueName);
        QueueObject o = new QueueObject(new QueueRef(tag + "-q" + handles.incrementAndGet()), q, initialized, access);
        queueObjects.put(o.ref().handle(), o);
        return o;
    }

    /** Null for a null or unknown handle: the caller answers E_INVALIDARG. */
    QueueObject find(QueueRef ref) {
        return ref == null ? null : queueObjects.get(ref.handle());
    }

    QueueObject require(QueueRef ref) {
        if (ref == null) {
            throw new IllegalArgumentException("queue object is null");
        }
        QueueObject o = queueObjects.get(ref.handle());
        if (o == null) {
            throw new IllegalArgumentException("unknown queue object " + ref.handle() + " (not issued by " + tag + ")");
        }
        return o;
    }

    /** Lock of {@code q} held: the arrival number and the list entry are made together. */
    Message newMessage(MessageQueue q, String body) {
        Message m = new Message(new MessageRef(tag + "-m" + handles.incrementAndGet()), q, q.nextPosition(), body);
        messages.put(m.ref().handle(), m);
        return m;
    }

    Message requireMessage(MessageRef ref) {
        if (ref == null) {
            throw new IllegalArgumentException("message is null");
        }
        Message m = messages.get(ref.handle());
        if (m == null) {
            throw new IllegalArgumentException("unknown message " + ref.handle()
                    + " (not issued by " + tag + ", or already received)");
        }
        return m;
    }

    /** Lock of the message's queue held. */
    void forget(Message m) {
        messages.remove(m.ref().handle(), m);
    }

    long nextCallSequence() {
        return calls.incrementAndGet();
    }

    /** Notifications still waiting, over every queue: bounded by the calls not yet answered. */
    int pendingNotifications() {
        int n = 0;
        for (MessageQueue q : queues.values()) {
            q.lock();
            try {
                n += q.waitingCount();
            } finally {
                q.unlock();
            }
        }
        return n;
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("queue name is " + (name == null ? "null" : "blank"));
        }
    }
}
