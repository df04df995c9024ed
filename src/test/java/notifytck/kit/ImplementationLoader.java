package notifytck.kit;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import notifytck.spi.NotificationImplementation;

/**
 * Finds the implementation under test, only through the SPI: an override set by the kit's own
 * self-test, else the class named by {@code notifytck.sut}, else the single ServiceLoader provider
 * (the reference implementation in this build).
 */
public final class ImplementationLoader {
    public static final String PROPERTY = "notifytck.sut";
    private static volatile NotificationImplementation override;

    private ImplementationLoader() {}

    /** For the self-test: run the suite against this implementation until {@link #clearOverride()}. */
    public static void override(NotificationImplementation implementation) {
        override = implementation;
    }

    public static void clearOverride() {
        override = null;
    }

    public static NotificationImplementation load() {
        NotificationImplementation o = override;
        if (o != null) {
            return o;
        }
        String name = System.getProperty(PROPERTY, "").trim();
        if (!name.isEmpty()) {
            return byClassName(name);
        }
        List<NotificationImplementation> found = ServiceLoader.load(NotificationImplementation.class).stream()
                .map(ServiceLoader.Provider::get).collect(Collectors.toList());
        if (found.size() != 1) {
            throw new IllegalStateException("expected exactly one " + NotificationImplementation.class.getName()
                    + " provider on the classpath, found " + found.size() + " "
                    + found.stream().map(i -> i.getClass().getName()).collect(Collectors.toList())
                    + "; name one with -D" + PROPERTY + "=<class>");
        }
        return found.get(0);
    }

    static NotificationImplementation byClassName(String name) {
        Class<?> c;
        try {
            c = Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("-D" + PROPERTY + "=" + name + ": no such class on the classpath"
                    + " (add its jar with -Dnotifytck.sut.classpath=<path>)", e);
        }
        if (!NotificationImplementation.class.isAssignableFrom(c)) {
            throw new IllegalStateException("-D" + PROPERTY + "=" + name + ": does not implement "
                    + NotificationImplementation.class.getName());
        }
        try {
            return (NotificationImplementation) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("-D" + PROPERTY + "=" + name + ": needs a public no-argument constructor", e);
        }
    }
}
