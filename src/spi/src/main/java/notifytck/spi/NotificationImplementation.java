package notifytck.spi;

/**
 * What a third party implements to be tested. Found through {@code ServiceLoader} on the class
 * path given to the kit, or named with {@code --sut} (a class with a public no-argument
 * constructor).
 */
public interface NotificationImplementation {
    /** A short name for reports. */
    String name();

    /**
     * The implementation's version, for reports and for keeping its history apart from other
     * versions'. By default the Implementation-Version of the jar the class came from.
     */
    default String version() {
        String v = getClass().getPackage() == null ? null : getClass().getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "unversioned" : v;
    }

    Capabilities capabilities();

    /**
     * The Windows version whose documented behaviour the implementation claims, as a tag word such
     * as {@code windows-vista}; empty (the default) for none. A rule the documents state for one
     * version only (tagged {@code @platform-<version>}) is judged when the implementation claims
     * that version or none, and is not applicable when it claims another (Wine's broken(), scoped
     * to a named platform).
     */
    default String platform() {
        return "";
    }

    /**
     * Whether several instances from {@link #start()} may run side by side. The kit runs
     * scenarios concurrently, each with its own instance; an implementation that cannot (one
     * device, one global service) answers false and is run one scenario at a time.
     */
    default boolean instancesRunSideBySide() {
        return true;
    }

    /**
     * A fresh, isolated system for one scenario: no printers, channels or registrations left over
     * from another. The kit closes it when the scenario ends.
     */
    SystemUnderTest start();
}
