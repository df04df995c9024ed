package notifytck.wire.client;

import java.io.IOException;

/** Where the program is: a command the kit starts, or an address the kit connects to. */
interface Endpoint {
    Link open() throws IOException;

    /** For reports: the command, or host:port. */
    String describe();
}
