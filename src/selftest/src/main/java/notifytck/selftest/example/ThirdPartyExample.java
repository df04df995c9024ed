package notifytck.selftest.example;

import notifytck.reference.ReferenceImplementation;
import notifytck.spi.Capabilities;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;

/**
 * Stands in for a third party's implementation in the jar tests: packed into a jar of its own and
 * registered through ServiceLoader, it must be picked over the jar's embedded reference without
 * --sut. It delegates to the reference so that its verdict is known.
 */
public final class ThirdPartyExample implements NotificationImplementation {
    private final ReferenceImplementation delegate = new ReferenceImplementation();

    @Override
    public String name() {
        return "third-party-example";
    }

    @Override
    public String version() {
        return "1.0";
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
