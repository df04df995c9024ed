package notifytck.reference.fax;

/**
 * Notification messages to a window, from {@code messageStart} on.
 *
 * @param token the client's impersonation token when the service ran under a user account at the
 *              call; null under LocalSystem
 */
record WindowRegistration(ClientApplication client, Window window, int messageStart, ImpersonationToken token)
        implements EventQueueRegistration {

    boolean holdsOpenToken() {
        return token != null && token.open();
    }

    void closeToken() {
        if (token != null) {
            token.close();
        }
    }
}
