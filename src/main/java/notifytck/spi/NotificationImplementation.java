package notifytck.spi;

/**
 * What a third party implements to be tested. Found through {@code ServiceLoader} or named by the
 * system property {@code notifytck.sut} (a class with a public no-argument constructor).
 */
public interface NotificationImplementation {
    /** A short name for reports. */
    String name();

    Capabilities capabilities();

    /**
     * A fresh, isolated system for one scenario: no printers, channels or registrations left over
     * from another. The kit closes it when the scenario ends.
     */
    SystemUnderTest start();
}
