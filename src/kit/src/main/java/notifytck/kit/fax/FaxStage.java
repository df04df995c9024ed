package notifytck.kit.fax;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.kit.NotApplicable;
import notifytck.kit.ScenarioContext;
import notifytck.spi.Mechanism;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.SessionRef;
import notifytck.spi.fax.WindowRef;

/** One fax scenario's world: sessions, desktops, clients and windows by name, and the history. */
public final class FaxStage implements ScenarioContext.Recording {
    private final ScenarioContext context;
    private final FaxAdapter adapter;
    private final FaxControl control;
    private final History<FaxRecord> history = new History<>();
    private final Map<String, SessionRef> sessions = new ConcurrentHashMap<>();
    private final Map<String, DesktopRef> desktops = new ConcurrentHashMap<>();
    private final Map<String, FaxClient> clients = new ConcurrentHashMap<>();
    private final Map<String, WindowRef> windows = new ConcurrentHashMap<>();
    private final Map<String, FaxWindow> procedures = new ConcurrentHashMap<>();
    private final Map<String, Integer> messageStarts = new ConcurrentHashMap<>();
    private volatile FaxResult lastResult;
    private volatile Boolean lastLogoff;
    private final notifytck.kit.Settling settling;

    private FaxStage(ScenarioContext context) {
        this.context = context;
        if (!context.capabilities().supports(Mechanism.FAX)) {
            throw new NotApplicable("the implementation does not declare the fax mechanism");
        }
        this.adapter = context.sut().fax();
        this.control = context.sut().faxControl();
        this.settling = new notifytck.kit.Settling("FaxControl.quiesce", () -> context.capabilities().supports(notifytck.kit.Mechanisms.of(notifytck.spi.Mechanism.FAX).quiesce()),
                control::quiesce, history, history::dump);
    }

    public static FaxStage current() {
        ScenarioContext c = ScenarioContext.current();
        return c.stage(FaxStage.class, () -> new FaxStage(c));
    }

    @Override
    public History<?> recorded() {
        return history;
    }

    public FaxAdapter adapter() {
        return adapter;
    }

    public FaxControl control() {
        return control;
    }

    public <T> T controlCall(String what, Supplier<T> body) {
        return Deadline.call(what, body);
    }

    /** As {@link #controlCall(String, Supplier)}, for a body that makes several calls, under {@code limit}. */
    public <T> T controlCall(String what, java.time.Duration limit, Supplier<T> body) {
        return Deadline.call(what, limit, body);
    }

    public SessionRef logon(String user) {
        SessionRef s = controlCall("FaxControl.logon", () -> control.logon(user));
        sessions.put(user, s);
        desktops.put(user + "/default", controlCall("FaxControl.defaultDesktop", () -> control.defaultDesktop(s)));
        return s;
    }

    public SessionRef session(String user) {
        return named(sessions, user, "logged-on user");
    }

    public void desktop(String user, String name) {
        SessionRef s = session(user);
        desktops.put(user + "/" + name, controlCall("FaxControl.createDesktop", () -> control.createDesktop(s, name)));
    }

    public DesktopRef desktopOf(String user, String name) {
        return named(desktops, user + "/" + name, "desktop");
    }

    public FaxClient client(String user, String name) {
        return clients.computeIfAbsent(name, n -> controlCall("FaxControl.startClient", () -> control.startClient(session(user))));
    }

    public FaxClient client(String name) {
        return named(clients, name, "fax client");
    }

    public void window(String client, String name, DesktopRef desktop) {
        FaxClient c = client(client);
        FaxWindow procedure = new FaxWindow(name, c, adapter, history);
        WindowRef w = controlCall("FaxControl.createWindow", () -> control.createWindow(c, desktop, procedure));
        if (windows.putIfAbsent(name, w) != null) {
            throw new IllegalArgumentException("scenario names the window \"" + name + "\" twice");
        }
        procedures.put(name, procedure);
    }

    public WindowRef window(String name) {
        return named(windows, name, "window");
    }

    /** The window's procedure holds the message of fax event {@code eventId} until {@link #letGo}; let go when the scenario ends whatever happens. */
    public void hold(String window, int eventId) {
        FaxWindow w = procedure(window);
        w.hold(eventId);
        context.closer().register(w::letGo);
    }

    public void letGo(String window) {
        procedure(window).letGo();
    }

    /** On the message of fax event {@code on}, the window's procedure makes fax event {@code eventId} happen, on its own thread. */
    public void raiseWhenHandling(String window, int on, int eventId, int deviceId, int jobId) {
        procedure(window).reactTo(on, () -> control.raiseEvent(eventId, deviceId, jobId));
    }

    public boolean reentered(String window) {
        return procedure(window).reentered();
    }

    private FaxWindow procedure(String name) {
        return named(procedures, name, "window");
    }

    /**
     * On WM_ENDSESSION, the procedure of {@code window} has {@code client} create {@code late} on its
     * user's default desktop (a window that ignores the end of the session) and register it for
     * messages from {@code start}: a registration made while the logoff waits.
     */
    public void createAndRegisterOnEndSession(String window, String client, String late, int start) {
        FaxClient c = client(client);
        procedure(window).onEndSession(() -> {
            window(client, late, desktopOf(c.session().user(), "default"));
            ignoreEndOfSession(late);
            FaxResult r = initialize(client, "(window " + late + ", MessageStart 0x" + Integer.toHexString(start) + ", during the logoff)",
                    () -> adapter.faxInitializeEventQueue(c, null, 0, window(late), start));
            if (r.succeeded()) {
                registeredForMessages(late, start);
            }
        });
    }

    public void ignoreEndOfSession(String window) {
        procedure(window).ignoreEndOfSession();
    }

    public void workOverEndOfSession(String window, java.time.Duration work) {
        procedure(window).workOverEndOfSession(work);
    }

    /** FaxInitializeEventQueue as the named client makes it, with a deadline; its result is kept. */
    public FaxResult initialize(String client, String what, Supplier<FaxResult> body) {
        FaxResult r = Deadline.call(client + ": FaxInitializeEventQueue " + what, () -> {
            FaxResult result = body.get();
            history.record(new FaxRecord(FaxRecord.Kind.CALL_RETURNED, client, 0, 0, 0, "FaxInitializeEventQueue " + what + " -> "
                    + (result == null ? "null" : result.succeeded() ? "TRUE" : "FALSE, GetLastError " + result.lastError())));
            return result;
        });
        if (r == null) {
            throw new AssertionError("FaxInitializeEventQueue returned no result object");
        }
        lastResult = r;
        return r;
    }

    /** How many windows are registered for messages now. */
    public int registeredWindows() {
        return messageStarts.size();
    }

    public void registeredForMessages(String window, int messageStart) {
        messageStarts.put(window, messageStart);
        procedure(window).registeredForMessages(messageStart);
    }

    /** The client ended the window's registration with the logoff call: it must not make it twice. */
    public void unregistered(String window) {
        messageStarts.remove(window);
        procedure(window).registeredForMessages(0);
    }

    /** The MessageStart a window registered with, or 0 if it never registered. */
    public int messageStartOrZero(String window) {
        return messageStarts.getOrDefault(window, 0);
    }

    public int messageStart(String window) {
        Integer s = messageStarts.get(window);
        if (s == null) {
            throw new IllegalStateException("kit defect: the scenario never registered \"" + window + "\" for messages");
        }
        return s;
    }

    public FaxResult lastResult() {
        if (lastResult == null) {
            throw new IllegalStateException("kit defect: no FaxInitializeEventQueue call was made");
        }
        return lastResult;
    }

    public void logoff(String user) {
        SessionRef s = session(user);
        lastLogoff = controlCall("FaxControl.logoff", () -> control.logoff(s));
    }

    /** A logoff started on a thread of the kit's own, its outcome judged later; null when none is under way. */
    private volatile java.util.concurrent.CompletableFuture<Boolean> pendingLogoff;

    /**
     * The logoff control called on a thread of the kit's own: the scenario goes on acting (a thread
     * that stops and starts pumping) while the logoff waits for the windows' answers, and the next
     * step that asks for its outcome waits for it.
     */
    public void startLogoff(String user) {
        SessionRef s = session(user);
        java.time.Duration limit = backgroundLogoffLimit();
        java.util.concurrent.CompletableFuture<Boolean> f = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(controlCall("FaxControl.logoff, started in the background", limit, () -> control.logoff(s)));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "notifytck-background-logoff");
        t.setDaemon(true);
        pendingLogoff = f;
        t.start();
    }

    /** A logoff waits for every window's answer to WM_ENDSESSION, each within the implementation's own bound: a call's time and more. */
    private static java.time.Duration backgroundLogoffLimit() {
        return notifytck.kit.Timeouts.call().plus(notifytck.kit.Timeouts.eventually());
    }

    /** Whether the window's procedure has been called with {@code message}. */
    public boolean hasReceived(String window, int message) {
        return messagesOf(window).stream().anyMatch(r -> r.event().message() == message);
    }

    /**
     * Waits until the window's procedure has been called with {@code message}: watching the history,
     * not through quiesce, which would wait for a procedure the scenario holds.
     */
    public void awaitReceived(String window, int message, String what) {
        org.awaitility.Awaitility.await(what).atMost(notifytck.kit.Timeouts.eventually()).pollInterval(java.time.Duration.ofMillis(5))
                .until(() -> hasReceived(window, message));
    }

    public boolean lastLogoff() {
        java.util.concurrent.CompletableFuture<Boolean> f = pendingLogoff;
        if (f != null) {
            try {
                // A second beyond the call's own deadline: the call times out first, and says so.
                lastLogoff = f.get(backgroundLogoffLimit().toMillis() + 1_000, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof AssertionError a ? a : new AssertionError("the logoff started in the background failed", e.getCause());
            } catch (java.util.concurrent.TimeoutException | InterruptedException e) {
                throw new AssertionError("the logoff started in the background did not return", e);
            } finally {
                pendingLogoff = null;
            }
        }
        if (lastLogoff == null) {
            throw new IllegalStateException("kit defect: nobody logged off");
        }
        return lastLogoff;
    }

    public CompletionPort port(String client) {
        return (key, eventId, deviceId, jobId) -> history.record(new FaxRecord(FaxRecord.Kind.PACKET, client, eventId, deviceId,
                jobId & 0xFFFF_FFFFL, packetText(key, eventId, deviceId, jobId & 0xFFFF_FFFFL)));
    }

    /** How a recorded packet reads, and how a step says the packet it expects: one text for both. */
    public static String packetText(long key, int eventId, long deviceId, long jobId) {
        return packetHead(key, eventId) + " device " + deviceId + ", job " + jobId;
    }

    /** The start of a recorded packet's text: its key and event, for a step that leaves device and job open. */
    public static String packetHead(long key, int eventId) {
        return "key " + key + ", event " + eventId + ",";
    }

    public List<History.Recorded<FaxRecord>> messagesOf(String window) {
        return history.where(r -> r.kind() == FaxRecord.Kind.MESSAGE && r.who().equals(window));
    }

    public List<History.Recorded<FaxRecord>> packets() {
        return history.where(r -> r.kind() == FaxRecord.Kind.PACKET);
    }

    /** The logoff calls a client's window procedures made (recorded under the window's name). */
    public List<History.Recorded<FaxRecord>> answersOfClient(String client) {
        FaxClient c = client(client);
        List<String> ofClient = procedures.entrySet().stream().filter(e -> e.getValue().client().equals(c)).map(Map.Entry::getKey).toList();
        return history.where(r -> r.kind() == FaxRecord.Kind.ANSWERED && ofClient.contains(r.who()));
    }

    public void settle() {
        settling.settle();
    }

    public void eventually(String what, BooleanSupplier condition) {
        settling.eventually(what, condition);
    }

    private static <T> T named(Map<String, T> map, String key, String what) {
        T v = map.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no " + what + " \"" + key + "\" in this scenario; known: " + map.keySet());
        }
        return v;
    }
}
