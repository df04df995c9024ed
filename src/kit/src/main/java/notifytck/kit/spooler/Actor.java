package notifytck.kit.spooler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.kit.Gate;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * A named caller in a scenario: a driver, port monitor or application with its own callback. As
 * an opener it holds its channel pointer; as a listener it keeps the pointers it is handed.
 */
public final class Actor {
    private final String name;
    private final CallerContext caller;
    private final SpoolerAdapter adapter;
    private final Gate gate = new Gate();
    private final Map<String, ChannelClient> pointers = new ConcurrentHashMap<>();
    private volatile Script script = Script.NONE;
    private volatile ChannelClient own;
    private volatile NotificationType ownType;
    private volatile ChannelClient lastGiven;
    private volatile NotifyCallback callback;

    Actor(String name, CallerContext caller, SpoolerAdapter adapter) {
        this.name = name;
        this.caller = caller;
        this.adapter = adapter;
    }

    public String name() {
        return name;
    }

    public CallerContext caller() {
        return caller;
    }

    void callback(NotifyCallback c) {
        callback = c;
    }

    /** The actor's IPrintAsyncNotifyCallback, used both to listen and as an opener's callback. */
    public NotifyCallback callback() {
        return callback;
    }

    public Gate gate() {
        return gate;
    }

    public Script script() {
        return script;
    }

    public void script(Script s) {
        script = s;
    }

    void opened(ChannelRef ref, NotificationType type) {
        own = client(ref);
        ownType = type;
    }

    /** The pointer this actor got from CreatePrintAsyncNotifyChannel; fails if it has none. */
    public ChannelClient own() {
        ChannelClient c = own;
        if (c == null) {
            throw new IllegalStateException("\"" + name + "\" has not opened a channel");
        }
        return c;
    }

    public boolean hasOwn() {
        return own != null;
    }

    public NotificationType ownType() {
        return ownType;
    }

    /** The client for a pointer handed to this actor (the same client each time for the same handle). */
    ChannelClient client(ChannelRef ref) {
        return pointers.computeIfAbsent(ref.handle(), h -> new ChannelClient(adapter, ref));
    }

    void given(ChannelClient c) {
        if (own == null || !own.ref().handle().equals(c.ref().handle())) {
            lastGiven = c;
        }
    }

    /** The pointer handed to this actor together with the notification {@code payload}. */
    public ChannelClient givenWith(String payload, SpoolerStage stage) {
        return stage.events(name, SpoolerEvent.Kind.NOTIFIED).stream()
                .filter(r -> payload.equals(r.event().payload()) && r.event().ref() != null)
                .map(r -> client(r.event().ref())).findFirst()
                .orElseThrow(() -> new AssertionError("\"" + name + "\" was handed no channel with \"" + payload + "\""));
    }

    /** The pointer most recently handed to this actor as a listener; fails if none was. */
    public ChannelClient lastGiven() {
        ChannelClient c = lastGiven;
        if (c == null) {
            throw new AssertionError("\"" + name + "\" was never handed a channel to answer on");
        }
        return c;
    }
}
