package notifytck.wire;

import java.util.List;
import java.util.stream.Collectors;

/** Writes docs/protocol.md from the registry; a test fails when the checked-in copy is stale. */
public final class ProtocolDoc {
    private ProtocolDoc() {}

    public static String markdown() {
        List<MessageType> all = Protocol.all();
        long toProgram = all.stream().filter(t -> t.direction() == MessageType.Direction.KIT_TO_PROGRAM).count();
        StringBuilder b = new StringBuilder();
        b.append("# notify-tck wire protocol, version ").append(Protocol.VERSION).append("\n\n");
        b.append("<!-- Generated from notifytck.wire.Protocol by ProtocolDoc; do not edit. ProtocolDocTest fails when this copy is stale. -->\n\n");
        b.append("An implementation in any language is judged by the kit through this protocol: newline-delimited JSON\n")
                .append("(UTF-8, one message per line) on the program's stdin and stdout (`--sut-command \"<program> <args>\"`),\n")
                .append("or the same lines over TCP (`--sut-connect <host>:<port>`, each connection one session). The program's\n")
                .append("stderr is free text: the kit keeps its last lines and attaches them to the scenario.\n\n")
                .append("The registry has **").append(all.size()).append(" message types**: ").append(toProgram)
                .append(" from the kit to the program (3 session messages, then every SPI call and SUT control) and ")
                .append(all.size() - toProgram).append(" from the program to the kit (every callback). They are read off the Java SPI\n")
                .append("(`src/spi`), so the names and fields below are the SPI's own, and the Javadoc there says what each call means.\n\n");
        b.append("## Envelope\n\n")
                .append("- A **request** is `{\"id\": <integer>, \"type\": \"<message type>\", <fields>}`. Each side numbers its own requests.\n")
                .append("- A **reply** is `{\"re\": <the request's id>, \"ok\": <result>}` or `{\"re\": <id>, \"error\": {\"kind\": <kind>, \"message\": <text>, \"detail\"?: <text>}}`.\n")
                .append("  A void call answers `\"ok\": null`. Error kinds: ")
                .append(java.util.Arrays.stream(RemoteError.values()).map(e -> "`" + e.wireName() + "`").collect(Collectors.joining(", ")))
                .append(".\n  `invalid-argument`: the arguments are refused (an unknown handle, a value out of range); `unsupported`: a call of a\n")
                .append("  mechanism or control the program did not declare; `illegal-state`: not now (a request before `start`);\n")
                .append("  `malformed`: the request does not fit the registry; `failure`: anything else went wrong inside the program. The kit\n")
                .append("  raises the first three as the Java exceptions a step expects in process; the last two fail the scenario.\n")
                .append("  A documented failure is **not** an error reply: EnableNotification refusing a null event answers\n")
                .append("  `\"ok\": {\"value\": 2147942487}` (E_INVALIDARG), as the API returns it.\n")
                .append("- A line holds one JSON object and nothing else; `id` and `re` are integers; a member named twice is malformed.\n")
                .append("- Every message is checked against the registry in both directions: a missing or mistyped field, or a member\n")
                .append("  the registry does not know, is malformed.\n")
                .append("- A member marked `?` or \"may be null\" may be `null` or left out (the document's NULL); every other member is required.\n\n");
        b.append("## Session\n\n")
                .append("1. The kit sends `hello` with its protocol version; the program answers who it is and what it declares. A\n")
                .append("   different version is a configuration error (exit 2).\n")
                .append("2. For each scenario: `start` (a fresh instance, nothing left from before), the scenario's requests, `stop`.\n")
                .append("   A session serves one instance at a time; the kit opens one session (process or connection) per scenario\n")
                .append("   that runs at the same time. A program that answers `freshProcess: true` is started anew for every scenario.\n")
                .append("3. The kit ends the session by closing the program's stdin (or the socket); the program should then exit.\n\n")
                .append("The first session starts with `hello` and an empty `start`/`stop` pair: the kit checks that the program can start an\n")
                .append("instance before any scenario runs (a failure there is a configuration error, exit 2). Names the kit passes to a\n")
                .append("control (a queue name, a printer, a user) are the kit's choice and new to the program: a control accepts any name\n")
                .append("(`msmqControl.messages` of a queue nobody has used answers an empty list).\n\n");
        b.append("## Callbacks\n\n")
                .append("Order. A callback that a request causes is written **after** that request's reply, as in process the\n")
                .append("event comes after the call returned; the kit cannot see the cause of a callback on the wire, so this is the\n")
                .append("program's to keep. The exception is a callback the implementation makes **during** a request, on the thread\n")
                .append("handling it (what a rule such as \"not on the caller's thread\" is about): the program says so with `during`, the\n")
                .append("id of that request, and the kit runs the callback on the thread that is waiting for the request's reply, as it\n")
                .append("would run in process. Such a callback's answer comes before the request's reply. A program that does not know\n")
                .append("leaves `during` out. Serve (the Java side) sets it for every callback made on a thread handling a request.\n\n")
                .append("A callback the kit hands over (a listener, an event object, a window procedure, a completion port, ...) is\n")
                .append("a **callback target id**, a string. To call it, the program sends a request whose `target` is that id; the kit\n")
                .append("answers when its callback returned. A program that delivers on threads of its own waits for that answer, as an\n")
                .append("in-process callback would; one that does not wait may go on. The kit runs callbacks to one target one at a\n")
                .append("time, in the order they came, and different targets side by side. While a callback runs, the kit may send\n")
                .append("requests (an answer on the channel, a new EnableNotification): a program must keep reading its stdin meanwhile.\n\n");
        b.append("## Values\n\n")
                .append("- HRESULT: `{\"value\": <32-bit integer, signed or unsigned>, \"name\"?: ..., \"hex\"?: ...}`; only the value counts.\n")
                .append("  The kit writes `name` and `hex` for readers.\n")
                .append("- RPC_STATUS: `{\"value\": <Win32 error code>, \"name\"?: ...}`.\n")
                .append("- Windows' unsigned values (a DWORD byte count, a ULONG_PTR completion key, a pointer) travel as the signed\n")
                .append("  integer with the same bits: 0xFFFFFFFF as -1 in 32 bits, 2^63 and above as negative 64-bit numbers.\n")
                .append("- Durations are milliseconds, 64-bit. Enumerations are their names. Records are objects with one member per component;\n")
                .append("  a record's own constraints (its constructor in the SPI) are checked too: a `CursorPosition` has `message` exactly\n")
                .append("  when `kind` is `AT`; an `OptionalInt32` that is not `given` has `value` 0 (a receiver ignores it).\n")
                .append("- `quiesce(deadline)` (a control, where declared) answers true once every callback due has been written and its\n")
                .append("  answer received (or, for a program that does not wait for answers, written); false if the deadline passed first.\n")
                .append("  The kit then waits until it has run every callback it received before the answer.\n\n");
        b.append("## Limits (what fails the scenario at hand, and restarts the program for the next)\n\n")
                .append("- A reply that does not come within the kit's answer limit (0.9 × `--timeout-call`; a quiesce gets its deadline on top;\n")
                .append("  the answer to `hello`, which includes launching the program, gets 0.9 × `--timeout-start`, 30 s by default).\n")
                .append("- A line that is not a JSON object, a reply to a request nobody waits for (late, twice, never sent), a line longer\n")
                .append("  than ").append(Connection.MAX_LINE).append(" bytes, the end of the program's output (exit, crash, partial line).\n")
                .append("- A callback to an unknown target or of an unknown type, and more than ").append(Limits.MAX_WAITING_CALLBACKS)
                .append(" callbacks waiting to run, or more than ").append(Limits.MAX_CALLBACKS_PER_SCENARIO).append(" in one scenario (a flood);\n")
                .append("  more than ").append(Limits.MAX_CALLBACKS_AFTER_STOP).append(" callbacks, over a session, to targets of scenarios that already ended.\n")
                .append("- More than ").append(Limits.STDERR_BYTES_PER_SCENARIO >> 20).append(" MiB written to stderr during one scenario.\n\n")
                .append("Each is an incident of the scenario that was running: the scenario fails with it, the program is killed and a\n")
                .append("new one serves the next scenario; the verdict lists the sessions discarded. A callback to a target of a scenario\n")
                .append("that already ended (after `stop`) is refused with an `illegal-state` error and listed in the verdict's incidents; it\n")
                .append("does not fail the scenario running then, which did not cause it.\n\n");
        b.append("## Messages\n\n");
        String group = "";
        for (MessageType t : all) {
            String g = t.direction() == MessageType.Direction.PROGRAM_TO_KIT ? "Callbacks (program → kit)"
                    : t.accessor() == null ? "Session (kit → program)" : "`" + t.accessor() + "()` (kit → program)";
            if (!g.equals(group)) {
                b.append("### ").append(g).append("\n\n");
                group = g;
            }
            b.append("#### `").append(t.name()).append("`\n\n").append(t.summary().contains(" ") ? t.summary() : "SPI: `" + t.summary() + "`.").append("\n\n");
            if (t.fields().isEmpty()) {
                b.append("- no fields\n");
            }
            for (MessageType.Field f : t.fields()) {
                b.append("- `").append(f.name()).append("`").append(f.nullable() ? " (may be null)" : "").append(": ")
                        .append(f.shape().describe()).append('\n');
            }
            b.append("- reply `ok`: ").append(t.reply().describe()).append("\n\n");
        }
        return b.toString();
    }
}
