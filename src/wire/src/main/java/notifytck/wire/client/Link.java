package notifytck.wire.client;

import java.io.InputStream;
import java.io.OutputStream;

/** A way to one program session: its two streams, its stderr (none over TCP), and how to end it. */
interface Link {
    InputStream in();

    OutputStream out();

    /** The program's stderr, or null when there is none to read (TCP). */
    StderrTail stderr();

    /** Ends the session: kills the process, or closes the socket. */
    void destroy();

    /**
     * What became of the program, for failure messages ("exited with code 3"), waiting at most
     * {@code wait} for it to end; empty when there is nothing to say (TCP).
     */
    String fate(java.time.Duration wait);
}
