package notifytck.model.fax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import notifytck.model.Expectation;
import notifytck.model.World;
import notifytck.spi.fax.FaxConstants;

/**
 * What the fax service may show under "Receiving Notification Messages from the Fax Service" and the
 * kit's readings in features/fax/receiving-notification-messages.feature: the service's account,
 * sessions and their desktops, clients, windows (pumping or not, answering the end of the session
 * or not), registrations for messages or completion packets, impersonation tokens, the messages
 * and packets each event makes, the service's end, and logoff.
 *
 * <p>Ids are the model's own, numbered from 1 in the order things are made. Each client uses one
 * window for messages or one port, never both, and registers once: the document leaves a second
 * registration of a window (other than the logoff call) to the service (REQ-FAX-MSG-012's reading).
 */
public final class FaxWorld implements World<FaxWorld> {
    public enum Account { LOCAL_SYSTEM, LOCAL_SYSTEM_INTERACTIVE, USER }

    static final int DEFAULT_DESKTOP = 0;

    /** A window of a client, with what it has received. */
    static final class Window {
        final int id;
        final int client;
        final int session;
        final int desktop;
        final boolean answers;
        boolean pumping = true;
        boolean destroyed;
        /**
         * Not judged from a logoff on that found its thread not pumping: WM_ENDSESSION was not taken
         * then, and whether it comes when the thread pumps again (and the client answers it) is the
         * implementation's affair, so neither the window nor its client's token is judged after.
         */
        boolean unjudged;
        /** MessageStart while registered for messages, else 0. */
        int start;
        /** Whether the kit's procedure knows it is registered, and so answers the end of the session with the logoff call. */
        boolean procedureKnows;
        final List<String> received = new ArrayList<>();
        final List<String> queued = new ArrayList<>();
        int endSession;
        int destroy;
        final List<String> answered = new ArrayList<>();
        String rule = "REQ-FAX-MSG-002";

        Window(int id, int client, int session, int desktop, boolean answers) {
            this.id = id;
            this.client = client;
            this.session = session;
            this.desktop = desktop;
            this.answers = answers;
        }

        Window copy() {
            Window w = new Window(id, client, session, desktop, answers);
            w.pumping = pumping;
            w.destroyed = destroyed;
            w.unjudged = unjudged;
            w.start = start;
            w.procedureKnows = procedureKnows;
            w.received.addAll(received);
            w.queued.addAll(queued);
            w.endSession = endSession;
            w.destroy = destroy;
            w.answered.addAll(answered);
            w.rule = rule;
            return w;
        }
    }

    /** A client: its session, its token, and its port registration if it has one. */
    static final class Client {
        final int id;
        final int session;
        boolean token;
        /** Set in the world where a service took key 1 for another window as a second registration: one token or two is its affair. */
        boolean tokenUnjudged;
        String tokenRule = "REQ-FAX-MSG-008";
        /** The completion key it registered its port with, or null. */
        Long key;
        final List<String> packets = new ArrayList<>();
        String packetRule = "REQ-FAX-MSG-002";

        Client(int id, int session) {
            this.id = id;
            this.session = session;
        }

        Client copy() {
            Client c = new Client(id, session);
            c.token = token;
            c.tokenUnjudged = tokenUnjudged;
            c.tokenRule = tokenRule;
            c.key = key;
            c.packets.addAll(packets);
            c.packetRule = packetRule;
            return c;
        }
    }

    private final Account account;
    private final Map<Integer, Boolean> sessionsEnded = new LinkedHashMap<>();
    private final Map<Integer, Integer> desktopSession = new LinkedHashMap<>();
    private final Map<Integer, Client> clients = new LinkedHashMap<>();
    private final Map<Integer, Window> windows = new LinkedHashMap<>();
    private final Map<String, Expectation> outcomes = new LinkedHashMap<>();
    private boolean running = true;

    public FaxWorld(Account account) {
        this.account = account;
    }

    @Override
    public FaxWorld copy() {
        FaxWorld w = new FaxWorld(account);
        w.sessionsEnded.putAll(sessionsEnded);
        w.desktopSession.putAll(desktopSession);
        clients.forEach((id, c) -> w.clients.put(id, c.copy()));
        windows.forEach((id, x) -> w.windows.put(id, x.copy()));
        w.outcomes.putAll(outcomes);
        w.running = running;
        return w;
    }

    // ---- the workstation --------------------------------------------------------------------

    public int logon() {
        int id = sessionsEnded.size() + 1;
        sessionsEnded.put(id, false);
        return id;
    }

    /** A second desktop in the session; desktop ids are global, 0 standing for each session's default. */
    public int createDesktop(int session) {
        int id = desktopSession.size() + 1;
        desktopSession.put(id, session);
        return id;
    }

    public int startClient(int session) {
        int id = clients.size() + 1;
        clients.put(id, new Client(id, session));
        return id;
    }

    public int createWindow(int client, int desktop, boolean answersEndOfSession) {
        int id = windows.size() + 1;
        windows.put(id, new Window(id, client, clients.get(client).session, desktop, answersEndOfSession));
        return id;
    }

    /** A thread that stops pumping holds its posted messages; pumping again takes them in order (REQ-FAX-MSG-005). */
    public void setPumping(int window, boolean pumping) {
        Window w = windows.get(window);
        w.pumping = pumping;
        if (pumping) {
            w.received.addAll(w.queued);
            w.queued.clear();
            w.rule = "REQ-FAX-MSG-005";
        }
    }

    /** DestroyWindow: WM_DESTROY, which an answering client meets with the logoff call (REQ-FAX-MSG-012). */
    public void destroyWindow(int window) {
        Window w = windows.get(window);
        w.destroy++;
        answer(w);
        w.destroyed = true;
    }

    // ---- FaxInitializeEventQueue --------------------------------------------------------------

    /** A window and a MessageStart: notification messages from now on (REQ-FAX-MSG-002, -003, -008). */
    public void register(int call, int client, int window, int start) {
        Window w = windows.get(window);
        if (w.destroyed) {
            result(call, false, null, "REQ-FAX-MSG-003");
            return;
        }
        if (start < FaxConstants.WM_USER) {
            result(call, false, FaxConstants.ERROR_INVALID_PARAMETER, "REQ-FAX-MSG-003");
            w.rule = "REQ-FAX-MSG-003";
            clients.get(client).tokenRule = "REQ-FAX-MSG-003";
            return;
        }
        result(call, true, null, "REQ-FAX-MSG-002");
        w.start = start;
        w.procedureKnows = true;
        w.rule = deliveryRule(w);
        Client c = clients.get(client);
        if (account == Account.USER) {
            c.token = true;
        }
        c.tokenRule = "REQ-FAX-MSG-008";
    }

    /** A completion port and a key: packets instead of messages, and no token (REQ-FAX-MSG-002, -008). */
    public void registerPort(int call, int client, long key) {
        result(call, true, null, "REQ-FAX-MSG-002");
        Client c = clients.get(client);
        c.key = key;
        c.tokenRule = "REQ-FAX-MSG-008";
    }

    /**
     * A call that names both a window and a completion port ({@code window} not 0), or neither: the
     * FaxInitializeEventQueue page refuses it with ERROR_INVALID_PARAMETER, and it registers neither
     * half (REQ-FAX-MSG-020). What the client had before stays as it was; what it did not have (a
     * token, a port, messages to that window) is charged to this call if it shows up.
     */
    public void registerBothOrNeither(int call, int client, int window) {
        result(call, false, FaxConstants.ERROR_INVALID_PARAMETER, "REQ-FAX-MSG-020");
        Client c = clients.get(client);
        if (!c.token) {
            c.tokenRule = "REQ-FAX-MSG-020";
        }
        if (c.key == null) {
            c.packetRule = "REQ-FAX-MSG-020";
        }
        if (window != 0 && windows.get(window).start == 0) {
            windows.get(window).rule = "REQ-FAX-MSG-020";
        }
    }

    /**
     * A completion port that also names a MessageStart, which only messages use. The documents do
     * not say whether the call is refused for it: accepted, it is an ordinary port registration;
     * refused, with any code, it must leave nothing behind, so the port gets no packet and no token
     * is opened (REQ-FAX-MSG-002's reading: a failed call registers nothing).
     */
    public List<FaxWorld> registerPort(int call, int client, long key, int start) {
        if (start == 0) {
            registerPort(call, client, key);
            return List.of(this);
        }
        FaxWorld refused = copy();
        registerPort(call, client, key);
        refused.result(call, false, null, "REQ-FAX-MSG-002");
        Client c = refused.clients.get(client);
        c.packetRule = "REQ-FAX-MSG-002";
        c.tokenRule = "REQ-FAX-MSG-002";
        return List.of(this, refused);
    }

    /**
     * The logoff call: the window again, completion key 1. For the registered window it closes the
     * client's token and ends the window's messages (REQ-FAX-MSG-012, -013, -014); for another window
     * it leaves both (REQ-FAX-MSG-012), and what it returns then is not judged.
     */
    public List<FaxWorld> logoffCall(int call, int client, int window, int start) {
        Window w = windows.get(window);
        Client c = clients.get(client);
        if (w.start == 0) {
            // Key 1 for a window that is not registered: no logoff of anything; a service may also
            // take it as an ordinary registration of that window (REQ-FAX-MSG-012's reading). Two worlds.
            c.tokenRule = "REQ-FAX-MSG-012";
            w.rule = "REQ-FAX-MSG-012";
            FaxWorld registers = copy();
            registers.windows.get(window).start = start;
            return List.of(this, registers);
        }
        result(call, true, null, "REQ-FAX-MSG-012");
        endRegistration(w, c);
        return List.of(this);
    }

    // ---- the service ---------------------------------------------------------------------------

    /** A fax event: MessageStart + id to every window that may receive it, a packet to every port (REQ-FAX-MSG-004). */
    /** A fax event; {@code device} and {@code job} are the DWORDs of FAX_EVENT, so unsigned. */
    public void raise(int eventId, long device, long job) {
        for (Window w : windows.values()) {
            if (w.destroyed || ended(w)) {
                continue;
            }
            if (running && w.start != 0 && reachable(w)) {
                post(w, message(w.start, eventId, device, job));
                w.rule = deliveryRule(w);
            } else {
                w.rule = silenceRule(w);
            }
        }
        for (Client c : clients.values()) {
            if (c.key != null && running) {
                c.packets.add(packet(c.key, eventId, device, job));
                c.packetRule = "REQ-FAX-MSG-002";
            }
        }
    }

    /** The service ends: FEI_FAXSVC_ENDED to every window it may reach, every token closed, nothing after (REQ-FAX-MSG-015). */
    public void stop() {
        for (Window w : windows.values()) {
            if (!w.destroyed && !ended(w) && w.start != 0 && reachable(w)) {
                post(w, ended(w.start));
            }
            w.rule = "REQ-FAX-MSG-015";
        }
        for (Client c : clients.values()) {
            c.token = false;
            c.tokenRule = "REQ-FAX-MSG-015";
        }
        running = false;
    }

    /**
     * The user logs off: WM_ENDSESSION to every live window of the session, which answering clients
     * meet with the logoff call; the logoff completes only if no client of the session still has a
     * token held (REQ-FAX-MSG-011, -012, -014). After it completes, the session's windows are not judged.
     */
    public void logoff(int action, int session) {
        List<Window> notTaken = new ArrayList<>();
        for (Window w : windows.values()) {
            if (w.session == session && !w.destroyed) {
                if (!w.pumping) {
                    // A thread that does not pump cannot take WM_ENDSESSION, nor answer it: its client's token stays (REQ-FAX-MSG-011).
                    notTaken.add(w);
                    continue;
                }
                w.endSession++;
                answer(w);
            }
        }
        boolean held = clients.values().stream().anyMatch(c -> c.session == session && c.token);
        if (clients.values().stream().anyMatch(c -> c.session == session && c.tokenUnjudged)) {
            // Whether the logoff completes rests on the tokens, which this world does not judge; nor, then, what follows.
            sessionsEnded.put(session, true);
            return;
        }
        boolean severalClients = clients.values().stream().filter(c -> c.session == session).count() > 1;
        outcomes.put(logoffKey(action), new Expectation(logoffKey(action), held ? "blocked" : "completes",
                severalClients && notTaken.isEmpty() ? "REQ-FAX-MSG-014" : "REQ-FAX-MSG-011"));
        if (!held) {
            sessionsEnded.put(session, true);
            return;
        }
        for (Window w : notTaken) {
            w.unjudged = true;
            clients.get(w.client).tokenUnjudged = true;
        }
    }

    // ---- expectations -----------------------------------------------------------------------

    @Override
    public Map<String, Expectation> expectations() {
        Map<String, Expectation> out = new LinkedHashMap<>(outcomes);
        for (Window w : windows.values()) {
            if (ended(w)) {
                continue;
            }
            out.put(endSessionKey(w.id), new Expectation(endSessionKey(w.id), String.valueOf(w.endSession), "REQ-FAX-MSG-011"));
            out.put(destroyKey(w.id), new Expectation(destroyKey(w.id), String.valueOf(w.destroy), "REQ-FAX-MSG-012"));
            out.put(answeredKey(w.id), new Expectation(answeredKey(w.id), String.valueOf(w.answered.size()), "REQ-FAX-MSG-012"));
            for (int i = 0; i < w.answered.size(); i++) {
                if (w.answered.get(i) != null) {
                    out.put(answerKey(w.id, i + 1), new Expectation(answerKey(w.id, i + 1), w.answered.get(i), "REQ-FAX-MSG-012"));
                }
            }
            // Which messages first, by what their delivery rests on; then what each carries, by the layout rule
            // (a wrong wParam or lParam is the layout's fault, not the delivery's).
            out.put(numbersKey(w.id), new Expectation(numbersKey(w.id), numbers(w.received), w.rule));
            out.put(messagesKey(w.id), new Expectation(messagesKey(w.id), w.received.toString(), "REQ-FAX-MSG-004"));
        }
        for (Client c : clients.values()) {
            if (sessionsEnded.get(c.session)) {
                continue;
            }
            if (!c.tokenUnjudged) {
                out.put(tokenKey(c.id), new Expectation(tokenKey(c.id), c.token ? "held" : "none", c.tokenRule));
            }
            if (running) {
                // After the end, whether a port hears FEI_FAXSVC_ENDED is not the document's to say.
                out.put(packetsKey(c.id), new Expectation(packetsKey(c.id), c.packets.toString(), c.packetRule));
            }
        }
        return out;
    }

    public static String resultKey(int call) {
        return "result of call #" + call;
    }

    public static String errorKey(int call) {
        return "last error of call #" + call;
    }

    public static String logoffKey(int action) {
        return "logoff #" + action;
    }

    public static String numbersKey(int window) {
        return "message numbers of w" + window;
    }

    /** The message numbers of rendered messages ("0x8004(2,9)" gives "0x8004"), in order. */
    public static String numbers(List<String> messages) {
        return messages.stream().map(m -> m.indexOf('(') < 0 ? m : m.substring(0, m.indexOf('('))).toList().toString();
    }

    public static String messagesKey(int window) {
        return "fax messages of window w" + window;
    }

    public static String endSessionKey(int window) {
        return "WM_ENDSESSION received by w" + window;
    }

    public static String destroyKey(int window) {
        return "WM_DESTROY received by w" + window;
    }

    public static String answeredKey(int window) {
        return "number of logoff calls w" + window + "'s procedure made";
    }

    public static String answerKey(int window, int n) {
        return "logoff call " + n + " of w" + window + "'s procedure";
    }

    public static String tokenKey(int client) {
        return "token of client c" + client;
    }

    public static String packetsKey(int client) {
        return "packets of client c" + client;
    }

    /** A fax message as the property renders what a window got; FEI_FAXSVC_ENDED's parameters are not judged. */
    public static String message(int start, int eventId, long device, long job) {
        return String.format("0x%X(%d,%d)", start + eventId, device, job);
    }

    public static String ended(int start) {
        return String.format("0x%X(ended)", start + FaxConstants.FEI_FAXSVC_ENDED);
    }

    public static String packet(long key, int eventId, long device, long job) {
        return "key " + key + ": " + eventId + "(" + device + "," + job + ")";
    }

    // ---- what the property needs -------------------------------------------------------------

    public Account account() {
        return account;
    }

    public boolean running() {
        return running;
    }

    public boolean sessionEnded(int session) {
        return sessionsEnded.get(session);
    }

    public int sessionOfClient(int client) {
        return clients.get(client).session;
    }

    public boolean destroyed(int window) {
        return windows.get(window).destroyed;
    }

    public boolean pumping(int window) {
        return windows.get(window).pumping;
    }

    public int registeredStart(int window) {
        return windows.get(window).start;
    }

    public List<Integer> windowsOf(int client) {
        return windows.values().stream().filter(w -> w.client == client).map(w -> w.id).toList();
    }

    // ---- inside --------------------------------------------------------------------------------

    private void answer(Window w) {
        if (w.answers && w.procedureKnows && w.start != 0) {
            // The kit's procedure makes the logoff call once, with the MessageStart it registered with.
            // Once the service has ended, what the call returns is not judged: the client may skip it (REQ-FAX-MSG-016).
            w.answered.add(running ? "succeeded" : null);
            endRegistration(w, clients.get(w.client));
        }
    }

    private void endRegistration(Window w, Client c) {
        w.start = 0;
        w.procedureKnows = false;
        w.rule = "REQ-FAX-MSG-013";
        if (windows.values().stream().anyMatch(o -> o.client == c.id && o.start != 0)) {
            // Only where a service took key 1 for another window as a second registration: whether the
            // client's token outlives one of its two registrations is that service's affair.
            c.tokenUnjudged = true;
            return;
        }
        c.token = false;
        c.tokenRule = clients.values().stream().filter(o -> o.session == c.session).count() > 1 ? "REQ-FAX-MSG-014" : "REQ-FAX-MSG-012";
    }

    /** A call's outcome; its last error only where the document names one (after a success GetLastError says nothing). */
    private void result(int call, boolean succeeded, Integer error, String rule) {
        outcomes.put(resultKey(call), new Expectation(resultKey(call), succeeded ? "succeeded" : "failed", rule));
        if (error != null) {
            outcomes.put(errorKey(call), new Expectation(errorKey(call), String.valueOf(error), rule));
        }
    }

    private void post(Window w, String message) {
        (w.pumping ? w.received : w.queued).add(message);
    }

    private boolean ended(Window w) {
        return sessionsEnded.get(w.session) || w.unjudged;
    }

    /** Whether the service's messages reach the window at all under its account (REQ-FAX-MSG-006, -007, -009). */
    private boolean reachable(Window w) {
        return switch (account) {
            case LOCAL_SYSTEM -> false;
            case LOCAL_SYSTEM_INTERACTIVE -> w.desktop == DEFAULT_DESKTOP;
            case USER -> true;
        };
    }

    private String deliveryRule(Window w) {
        if (!w.pumping) {
            return "REQ-FAX-MSG-005";
        }
        return switch (account) {
            case LOCAL_SYSTEM -> "REQ-FAX-MSG-006";
            case LOCAL_SYSTEM_INTERACTIVE -> "REQ-FAX-MSG-007";
            case USER -> w.desktop == DEFAULT_DESKTOP ? "REQ-FAX-MSG-004" : "REQ-FAX-MSG-009";
        };
    }

    private String silenceRule(Window w) {
        if (!running) {
            return "REQ-FAX-MSG-015";
        }
        if (w.start == 0) {
            return w.rule.equals("REQ-FAX-MSG-013") || w.rule.equals("REQ-FAX-MSG-003") ? w.rule : "REQ-FAX-MSG-002";
        }
        return deliveryRule(w);
    }
}
