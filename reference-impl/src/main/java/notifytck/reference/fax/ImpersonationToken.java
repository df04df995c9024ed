package notifytck.reference.fax;

/**
 * The impersonation access token a service under a user account opens for a client when it
 * registers for messages. While open, the service holds a handle to the client's desktop, which
 * is what keeps the client's user from logging off. Guarded by the {@link FaxService}.
 */
final class ImpersonationToken {
    private boolean open = true;

    boolean open() {
        return open;
    }

    void close() {
        open = false;
    }
}
