package notifytck.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import notifytck.kit.AllAtOnce;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.kit.Settling;
import notifytck.kit.Timeouts;
import notifytck.kit.fax.FaxRecord;
import notifytck.kit.fax.FaxWindow;
import notifytck.model.Mismatch;
import notifytck.model.Worlds;
import notifytck.model.fax.FaxWorld;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.ServiceAccount;
import notifytck.spi.fax.SessionRef;
import notifytck.spi.fax.WindowRef;

/**
 * One random run of fax actions, applied to the selected implementation through the SPI and to the
 * model ({@link FaxWorld}) side by side. After every action the implementation quiesces and every
 * observable is compared: each call's result and error, each window's fax messages (number,
 * wParam, lParam), the WM_ENDSESSION and WM_DESTROY it got and the logoff calls its procedure made,
 * each port's packets, each client's token, each logoff's outcome.
 */
final class FaxModelRun {
    private final SystemUnderTest sut = Sut.start();
    private final FaxAdapter adapter = sut.fax();
    private final FaxControl control = sut.faxControl();
    private final History<FaxRecord> history = new History<>();
    private final List<String> steps = new ArrayList<>();
    private final Map<String, String> results = new LinkedHashMap<>();
    private final List<SessionRef> sessions = new ArrayList<>();
    private final List<String> users = new ArrayList<>();
    private final Map<Integer, DesktopRef> desktops = new LinkedHashMap<>();
    /** The session each second desktop belongs to, by the model's desktop id. */
    private final Map<Integer, Integer> desktopSessions = new LinkedHashMap<>();
    private final List<FaxClient> clients = new ArrayList<>();
    private final List<WindowRef> windows = new ArrayList<>();
    private final List<FaxWindow> procedures = new ArrayList<>();
    /** The MessageStart each window registered with (kept after the logoff call, to read its messages). */
    private final Map<Integer, Integer> starts = new LinkedHashMap<>();
    private final List<Integer> registeredClients = new ArrayList<>();
    private Worlds<FaxWorld> model;
    private int calls;
    private int logoffs;

    boolean configured() {
        return model != null;
    }

    /** The service's account for the whole run, then alice logged on with a client and a window. */
    void configure(FaxWorld.Account account, boolean answers) {
        ServiceAccount a = switch (account) {
            case LOCAL_SYSTEM -> ServiceAccount.localSystem(false);
            case LOCAL_SYSTEM_INTERACTIVE -> ServiceAccount.localSystem(true);
            case USER -> ServiceAccount.user("faxsvc");
        };
        Deadline.call("configureService", () -> {
            control.configureService(a);
            return null;
        });
        model = new Worlds<>(new FaxWorld(account));
        steps.add("the fax service runs under " + account);
        logon();
        client(1, 0, answers);
    }

    void logon() {
        logon("user" + (users.size() + 1));
    }

    /** A second session of a user who already has one: a session, not a user, logs off. */
    void logonAgain(int pick) {
        logon(users.get(pick % users.size()));
    }

    private void logon(String user) {
        if (!users.contains(user)) {
            users.add(user);
        }
        SessionRef s = Deadline.call("logon", () -> control.logon(user));
        sessions.add(s);
        int[] id = new int[1];
        model.each(w -> id[0] = w.logon());
        steps.add("s" + id[0] + " = logon(" + user + ")");
    }

    void desktop(int pick) {
        int session = pickSession(pick);
        if (session == 0) {
            return;
        }
        DesktopRef d = Deadline.call("createDesktop", () -> control.createDesktop(sessions.get(session - 1), "desk" + (desktops.size() + 1)));
        int[] id = new int[1];
        model.each(w -> id[0] = w.createDesktop(session));
        desktops.put(id[0], d);
        desktopSessions.put(id[0], session);
        steps.add("d" + id[0] + " = createDesktop(s" + session + ")");
    }

    /** A client in the pick-th live session, with a window on its default desktop or (desktopPick > 0) another of its desktops. */
    void client(int pick, int desktopPick, boolean answers) {
        int session = pickSession(pick);
        if (session == 0) {
            return;
        }
        FaxClient c = Deadline.call("startClient", () -> control.startClient(sessions.get(session - 1)));
        clients.add(c);
        int[] id = new int[1];
        model.each(w -> id[0] = w.startClient(session));
        steps.add("c" + id[0] + " = startClient(s" + session + ")");
        window(id[0], desktopPick, answers);
    }

    /** Another window of the pick-th client (one it never registers, for the logoff call made for the wrong window). */
    void spareWindow(int pick) {
        int client = pickClient(pick, false);
        if (client != 0) {
            window(client, 0, true);
        }
    }

    private void window(int client, int desktopPick, boolean answers) {
        int session = state().sessionOfClient(client);
        List<Integer> own = desktops.keySet().stream().filter(d -> desktopSessions.get(d) == session).toList();
        int desktop = desktopPick == 0 || own.isEmpty() ? 0 : own.get(desktopPick % own.size());
        DesktopRef d = desktop == 0 ? Deadline.call("defaultDesktop", () -> control.defaultDesktop(sessions.get(session - 1))) : desktops.get(desktop);
        int id = windows.size() + 1;
        FaxWindow procedure = new FaxWindow("w" + id, clients.get(client - 1), adapter, history);
        if (!answers) {
            procedure.ignoreEndOfSession();
        }
        WindowRef ref = Deadline.call("createWindow", () -> control.createWindow(clients.get(client - 1), d, procedure));
        windows.add(ref);
        procedures.add(procedure);
        model.each(w -> w.createWindow(client, desktop, answers));
        steps.add("w" + id + " = createWindow(c" + client + ", " + (desktop == 0 ? "default desktop" : "d" + desktop) + ")"
                + (answers ? "" : ", ignoring the end of the session"));
    }

    /** FaxInitializeEventQueue for the client's first window, from MessageStart start. */
    void register(int pick, int start) {
        int client = pickClient(pick, true);
        if (client == 0) {
            return;
        }
        int window = state().windowsOf(client).get(0);
        int call = ++calls;
        steps.add("call #" + call + ": c" + client + ".FaxInitializeEventQueue(window w" + window + ", MessageStart 0x" + Integer.toHexString(start) + ")");
        FaxResult r = initialize(client, null, 0, windows.get(window - 1), start);
        record(call, r);
        registeredClients.add(client);
        if (r.succeeded()) {
            starts.put(window, start);
            procedures.get(window - 1).registeredForMessages(start);
        }
        model.each(w -> w.register(call, client, window, start));
    }

    /**
     * Fresh clients, one per start, each with a window on its session's default desktop, then every
     * window registered at once, each from a thread of its own: registering must be safe from many
     * clients at once, so each call's outcome is the one it has alone. Distinct clients and windows
     * do not affect each other, so the model applies the calls in any order (call order).
     */
    void registerAtOnce(int pick, List<Integer> startsAtOnce) {
        int session = pickSession(pick);
        if (session == 0 || !state().running()) {
            return;
        }
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < startsAtOnce.size(); i++) {
            client(pick, 0, true);
            fresh.add(clients.size());
        }
        int first = calls + 1;
        calls += fresh.size();
        FaxResult[] got = new FaxResult[fresh.size()];
        List<AllAtOnce.Party> parties = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            int k = i;
            int client = fresh.get(k);
            int window = state().windowsOf(client).get(0);
            steps.add("thread " + (k + 1) + ": call #" + (first + k) + ": c" + client + ".FaxInitializeEventQueue(window w" + window
                    + ", MessageStart 0x" + Integer.toHexString(startsAtOnce.get(k)) + ")");
            // Called on the party's own thread, not through a deadline's: the calls must really overlap. A hang is the budget's.
            parties.add(() -> got[k] = adapter.faxInitializeEventQueue(clients.get(client - 1), null, 0, windows.get(window - 1), startsAtOnce.get(k)));
        }
        AllAtOnce.run("fax-client", parties, Timeouts.call().toMillis() * 2, () -> String.join("\n", steps) + "\n" + history.dump());
        for (int k = 0; k < fresh.size(); k++) {
            int call = first + k;
            int client = fresh.get(k);
            int window = state().windowsOf(client).get(0);
            int start = startsAtOnce.get(k);
            if (got[k] == null) {
                throw new AssertionError("FaxInitializeEventQueue returned no result object (call #" + call + ")");
            }
            record(call, got[k]);
            registeredClients.add(client);
            if (got[k].succeeded()) {
                starts.put(window, start);
                procedures.get(window - 1).registeredForMessages(start);
            }
            model.each(w -> w.register(call, client, window, start));
        }
    }

    /** FaxInitializeEventQueue with a completion port; a MessageStart other than 0 may be refused, and then leaves nothing. */
    void registerPort(int pick, long key, int start) {
        int client = pickClient(pick, true);
        if (client == 0) {
            return;
        }
        int call = ++calls;
        steps.add("call #" + call + ": c" + client + ".FaxInitializeEventQueue(port, key " + key
                + (start == 0 ? "" : ", MessageStart 0x" + Integer.toHexString(start)) + ")");
        record(call, initialize(client, portOf(client), key, null, start));
        registeredClients.add(client);
        model.branch(w -> w.registerPort(call, client, key, start));
    }

    /**
     * FaxInitializeEventQueue naming both the client's first window and a completion port, or
     * neither: refused, and nothing registered (REQ-FAX-MSG-020).
     */
    void registerBothOrNeither(int pick, boolean both, long key, int start) {
        int client = pickClient(pick, true);
        if (client == 0) {
            return;
        }
        int window = both ? state().windowsOf(client).get(0) : 0;
        int call = ++calls;
        steps.add("call #" + call + ": c" + client + ".FaxInitializeEventQueue(" + (both ? "window w" + window + " and port" : "no window, no port")
                + ", key " + key + ", MessageStart 0x" + Integer.toHexString(start) + ")");
        FaxResult r = initialize(client, both ? portOf(client) : null, key, both ? windows.get(window - 1) : null, start);
        record(call, r);
        // A refused call leaves the client free to make its one call of the session, which shows it left nothing behind.
        if (r.succeeded()) {
            registeredClients.add(client);
        }
        model.each(w -> w.registerBothOrNeither(call, client, window));
    }

    /** A completion port that records each packet under the client's name. */
    private CompletionPort portOf(int client) {
        String name = "c" + client;
        return (k, eventId, deviceId, jobId) -> history.record(new FaxRecord(FaxRecord.Kind.PACKET, name, eventId, deviceId,
                jobId & 0xFFFF_FFFFL, FaxWorld.packet(k, eventId, deviceId & 0xFFFF_FFFFL, jobId & 0xFFFF_FFFFL)));
    }

    /** The logoff call (completion key 1) for one of the pick-th registered client's windows; under a user account only. */
    void logoffCall(int pick, int windowPick) {
        List<Integer> registered = registeredClients.stream().filter(c -> !state().sessionEnded(state().sessionOfClient(c))
                && state().windowsOf(c).stream().anyMatch(w -> state().registeredStart(w) != 0)).toList();
        if (state().account() != FaxWorld.Account.USER || !state().running() || registered.isEmpty()) {
            return;
        }
        int client = registered.get(pick % registered.size());
        List<Integer> own = state().windowsOf(client).stream().filter(w -> !state().destroyed(w)).toList();
        if (own.isEmpty()) {
            return;
        }
        int window = own.get(windowPick % own.size());
        int start = starts.get(state().windowsOf(client).get(0));
        int call = ++calls;
        steps.add("call #" + call + ": c" + client + ".FaxInitializeEventQueue(window w" + window + ", key 1, MessageStart 0x" + Integer.toHexString(start) + ")");
        FaxResult r = initialize(client, null, FaxConstants.LOGOFF_COMPLETION_KEY, windows.get(window - 1), start);
        results.put(FaxWorld.resultKey(call), r.succeeded() ? "succeeded" : "failed");
        // A service may take key 1 for another window as its registration (the model allows it): read its messages from this base.
        starts.putIfAbsent(window, start);
        if (state().registeredStart(window) != 0) {
            procedures.get(window - 1).registeredForMessages(0);
        }
        model.branch(w -> w.logoffCall(call, client, window, start));
    }

    void raise(int eventId, int device, int job) {
        steps.add("raiseEvent(" + eventId + ", device " + Integer.toUnsignedString(device) + ", job " + Integer.toUnsignedString(job) + ")");
        Deadline.call("raiseEvent", () -> {
            control.raiseEvent(eventId, device, job);
            return null;
        });
        model.each(w -> w.raise(eventId, device & 0xFFFF_FFFFL, job & 0xFFFF_FFFFL));
    }

    /** Stops a window that pumps, or starts one that does not: the pick is among the windows it changes. */
    void pumping(int pick, boolean pumping) {
        List<Integer> change = new ArrayList<>();
        for (int w = windows.size(); w >= 1; w--) {
            if (!state().destroyed(w) && !state().sessionEnded(state().sessionOfClient(clientOfWindow(w))) && state().pumping(w) != pumping) {
                change.add(w);
            }
        }
        int window = change.isEmpty() ? 0 : change.get(pick % change.size());
        if (window == 0) {
            return;
        }
        steps.add("setPumping(w" + window + ", " + pumping + ")");
        Deadline.call("setPumping", () -> {
            control.setPumping(windows.get(window - 1), pumping);
            return null;
        });
        model.each(w -> w.setPumping(window, pumping));
    }

    void destroy(int pick) {
        int window = pickPumpingWindow(pick);
        if (window == 0) {
            return;
        }
        steps.add("destroyWindow(w" + window + ")");
        Deadline.call("destroyWindow", () -> {
            control.destroyWindow(windows.get(window - 1));
            return null;
        });
        model.each(w -> w.destroyWindow(window));
    }

    void logoff(int pick) {
        int session = pickSession(pick);
        if (session == 0) {
            return;
        }
        int action = ++logoffs;
        steps.add("logoff #" + action + ": logoff(s" + session + ")");
        boolean done = Deadline.call("logoff", () -> control.logoff(sessions.get(session - 1)));
        results.put(FaxWorld.logoffKey(action), done ? "completes" : "blocked");
        model.each(w -> w.logoff(action, session));
    }

    void stop() {
        if (!state().running()) {
            return;
        }
        steps.add("stopService()");
        Deadline.call("stopService", () -> {
            control.stopService();
            return null;
        });
        model.each(FaxWorld::stop);
    }

    // ---- judging --------------------------------------------------------------------------

    void compare() {
        if (model == null) {
            return;
        }
        // Every live client's token, asked in the same hand-off as the quiesce (Settling.quiesceThenObserve).
        List<Integer> asked = new ArrayList<>();
        for (int i = 1; i <= clients.size(); i++) {
            if (!state().sessionEnded(state().sessionOfClient(i))) {
                asked.add(i);
            }
        }
        List<Boolean> held = Settling.quiesceThenObserve("quiesce", control::quiesce, () -> String.join("\n", steps) + "\n" + history.dump(),
                asked.stream().<java.util.function.Supplier<Boolean>>map(i -> () -> control.holdsTokenOf(clients.get(i - 1))).toList());
        Map<String, String> observed = new LinkedHashMap<>(results);
        for (int i = 1; i <= windows.size(); i++) {
            String name = "w" + i;
            int start = starts.getOrDefault(i, 0);
            List<FaxRecord> got = history.where(r -> r.kind() == FaxRecord.Kind.MESSAGE && r.who().equals(name)).stream().map(History.Recorded::event).toList();
            observed.put(FaxWorld.endSessionKey(i), String.valueOf(got.stream().filter(r -> r.message() == FaxConstants.WM_ENDSESSION).count()));
            observed.put(FaxWorld.destroyKey(i), String.valueOf(got.stream().filter(r -> r.message() == FaxConstants.WM_DESTROY).count()));
            List<String> messages = got.stream().filter(r -> r.message() != FaxConstants.WM_ENDSESSION && r.message() != FaxConstants.WM_DESTROY)
                    .map(r -> start != 0 && r.message() == start + FaxConstants.FEI_FAXSVC_ENDED ? FaxWorld.ended(start)
                            : start != 0 && r.message() >= start && r.message() <= start + FaxConstants.FEI_NEVENTS
                            ? FaxWorld.message(start, r.message() - start, r.wParam(), r.lParam())
                            : String.format("0x%X(%d,%d)", r.message(), r.wParam(), r.lParam()))
                    .toList();
            observed.put(FaxWorld.numbersKey(i), FaxWorld.numbers(messages));
            observed.put(FaxWorld.messagesKey(i), messages.toString());
            List<String> answers = history.where(r -> r.kind() == FaxRecord.Kind.ANSWERED && r.who().equals(name)).stream()
                    .map(r -> r.event().detail()).toList();
            observed.put(FaxWorld.answeredKey(i), String.valueOf(answers.size()));
            for (int n = 1; n <= answers.size(); n++) {
                observed.put(FaxWorld.answerKey(i, n), answers.get(n - 1));
            }
        }
        for (int i = 1; i <= clients.size(); i++) {
            String name = "c" + i;
            observed.put(FaxWorld.packetsKey(i), history.where(r -> r.kind() == FaxRecord.Kind.PACKET && r.who().equals(name)).stream()
                    .map(r -> r.event().detail()).toList().toString());
        }
        for (int n = 0; n < asked.size(); n++) {
            observed.put(FaxWorld.tokenKey(asked.get(n)), held.get(n) ? "held" : "none");
        }
        Mismatch m = model.observe(observed).orElse(null);
        if (m != null) {
            throw PropertyFailures.fail(m.rule(), m.toString(), steps, history.dump());
        }
    }

    FaxWorld state() {
        return model.preferred();
    }

    @Override
    public String toString() {
        return String.join("; ", steps);
    }

    // ---- picks -----------------------------------------------------------------------------

    /** The pick-th newest session still logged on (1-based id), or 0 if none. */
    private int pickSession(int pick) {
        List<Integer> live = new ArrayList<>();
        for (int s = sessions.size(); s >= 1; s--) {
            if (!state().sessionEnded(s)) {
                live.add(s);
            }
        }
        return live.isEmpty() ? 0 : live.get(pick % live.size());
    }

    /** The pick-th newest client of a live session; for a registration, one that never registered, while the service runs. */
    private int pickClient(int pick, boolean toRegister) {
        List<Integer> out = new ArrayList<>();
        for (int c = clients.size(); c >= 1; c--) {
            boolean free = !toRegister || (!registeredClients.contains(c) && state().running() && !state().destroyed(state().windowsOf(c).get(0)));
            if (!state().sessionEnded(state().sessionOfClient(c)) && free) {
                out.add(c);
            }
        }
        return out.isEmpty() ? 0 : out.get(pick % out.size());
    }

    /** The pick-th newest live window of a live session whose thread pumps (DestroyWindow waits for it). */
    private int pickPumpingWindow(int pick) {
        List<Integer> out = new ArrayList<>();
        for (int w = windows.size(); w >= 1; w--) {
            if (!state().destroyed(w) && !state().sessionEnded(state().sessionOfClient(clientOfWindow(w))) && state().pumping(w)) {
                out.add(w);
            }
        }
        return out.isEmpty() ? 0 : out.get(pick % out.size());
    }

    private int clientOfWindow(int window) {
        for (int c = 1; c <= clients.size(); c++) {
            if (state().windowsOf(c).contains(window)) {
                return c;
            }
        }
        throw new IllegalStateException("no client owns w" + window);
    }

    private FaxResult initialize(int client, CompletionPort port, long key, WindowRef window, int start) {
        FaxResult r = Deadline.call("FaxInitializeEventQueue", () -> adapter.faxInitializeEventQueue(clients.get(client - 1), port, key, window, start));
        if (r == null) {
            throw new AssertionError("FaxInitializeEventQueue returned no result object");
        }
        return r;
    }

    private void record(int call, FaxResult r) {
        results.put(FaxWorld.resultKey(call), r.succeeded() ? "succeeded" : "failed");
        results.put(FaxWorld.errorKey(call), String.valueOf(r.lastError()));
    }
}
