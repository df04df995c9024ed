package notifytck.reference.fax;

import notifytck.spi.fax.DesktopRef;

/**
 * A desktop of a user session. Only the session's interactive desktop (WinSta0\Default) is one an
 * interactive LocalSystem service can reach; the name is the kit's, so the flag says which it is.
 */
record Desktop(DesktopRef ref, Session session, boolean interactive) {
    static final String INTERACTIVE_NAME = "WinSta0\\Default";
}
