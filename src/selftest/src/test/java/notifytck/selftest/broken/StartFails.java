package notifytck.selftest.broken;

import java.util.Set;
import notifytck.spi.Capabilities;
import notifytck.spi.Mechanism;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;

/** Cannot start at all: a configuration error found before any scenario runs (exit 2). */
public final class StartFails implements NotificationImplementation {
    @Override
    public String name() {
        return "start-fails";
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(Set.of(Mechanism.MSMQ), Set.of());
    }

    @Override
    public SystemUnderTest start() {
        throw new IllegalStateException("the service is not installed");
    }
}
