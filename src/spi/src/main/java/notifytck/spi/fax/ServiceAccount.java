package notifytck.spi.fax;

/** The account the fax service runs under, as the Services control panel sets it. */
public record ServiceAccount(boolean localSystem, boolean interactWithDesktop, String user) {
    public static ServiceAccount localSystem(boolean interactWithDesktop) {
        return new ServiceAccount(true, interactWithDesktop, null);
    }

    public static ServiceAccount user(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a service user account needs a user name");
        }
        return new ServiceAccount(false, false, user);
    }
}
