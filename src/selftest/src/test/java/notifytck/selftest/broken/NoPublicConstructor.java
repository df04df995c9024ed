package notifytck.selftest.broken;

import notifytck.spi.Capabilities;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;

/** Cannot be made by the kit: --sut needs a public no-argument constructor (exit 2). */
public final class NoPublicConstructor implements NotificationImplementation {
    public NoPublicConstructor(String unused) {
        // Only to take the no-argument constructor away.
    }

    @Override
    public String name() {
        return "no-public-constructor";
    }

    @Override
    public Capabilities capabilities() {
        throw new UnsupportedOperationException();
    }

    @Override
    public SystemUnderTest start() {
        throw new UnsupportedOperationException();
    }
}
