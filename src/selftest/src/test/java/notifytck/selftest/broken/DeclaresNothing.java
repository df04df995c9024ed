package notifytck.selftest.broken;

import java.util.Set;
import notifytck.spi.Capabilities;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;

/** Declares no mechanism: nothing could be judged, so the run refuses to start (exit 2). */
public final class DeclaresNothing implements NotificationImplementation {
    @Override
    public String name() {
        return "declares-nothing";
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(Set.of(), Set.of());
    }

    @Override
    public SystemUnderTest start() {
        return () -> { };
    }
}
