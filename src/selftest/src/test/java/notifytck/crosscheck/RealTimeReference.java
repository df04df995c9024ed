package notifytck.crosscheck;

import notifytck.reference.ReferenceImplementation;
import notifytck.spi.Capabilities;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;

/** The reference on its system clock, nameable with --sut: an implementation that declares no virtual clock. */
public final class RealTimeReference implements NotificationImplementation {
    private final NotificationImplementation delegate = ReferenceImplementation.realTime();

    @Override
    public String name() {
        return "reference-real-time";
    }

    @Override
    public Capabilities capabilities() {
        return delegate.capabilities();
    }

    @Override
    public SystemUnderTest start() {
        return delegate.start();
    }
}
