package notifytck.reference.fax;

import notifytck.spi.fax.ServiceAccount;

/** What the fax service's account decides: whether it opens tokens, and which windows its messages reach. */
final class ServiceAccountRules {
    private ServiceAccountRules() {}

    /** Only a user account needs the client's token to post to the client's desktop. */
    static boolean opensImpersonationToken(ServiceAccount account) {
        return !account.localSystem();
    }

    /**
     * Messages do not cross desktops. LocalSystem posts from its own service desktop, so it reaches
     * no user window unless it may interact with the desktop, and then only the interactive
     * desktop of a session. Under a user account the service posts as the client, so it reaches
     * whatever the client can: any desktop of the client's own session.
     */
    static boolean postReaches(ServiceAccount account, ClientApplication client, Window window) {
        if (account.localSystem()) {
            return account.interactWithDesktop() && window.desktop().interactive();
        }
        return window.desktop().session() == client.session();
    }
}
