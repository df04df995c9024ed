package notifytck.wire.client;

import java.util.List;

/** What the kit asks of an instance reached over the wire when a scenario ends. */
public interface WireInstance {
    /** What went wrong on the wire during the scenario (the program died, broke the protocol, flooded), oldest first. */
    List<String> incidents();

    /** The program's last stderr lines, for the scenario's attachments; empty over TCP. */
    String stderrTail();
}
