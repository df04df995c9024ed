package notifytck.crosscheck;

import notifytck.reference.ReferenceImplementation;
import notifytck.spi.Capabilities;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;

/** The reference, claiming a platform other than the one the RPC page's version-qualified statements are about. */
public final class ClaimsWindows11 implements NotificationImplementation {
    private final ReferenceImplementation reference = new ReferenceImplementation();

    @Override
    public String name() {
        return "reference-as-windows-11";
    }

    @Override
    public String platform() {
        return "windows-11";
    }

    @Override
    public Capabilities capabilities() {
        return reference.capabilities();
    }

    @Override
    public SystemUnderTest start() {
        return reference.start();
    }
}
