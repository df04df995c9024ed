package notifytck.run;

import java.util.List;
import notifytck.spi.Capabilities;
import notifytck.spi.NotificationImplementation;

/** What an implementation says of itself, as a verdict records it. */
public record ImplementationInfo(String name, String version, String className, String platform, List<String> mechanisms,
                                 List<String> controls) {
    public static ImplementationInfo of(NotificationImplementation i, Capabilities caps) {
        String what = i instanceof notifytck.wire.client.WireImplementation w ? "wire: " + w.endpoint() : i.getClass().getName();
        return new ImplementationInfo(i.name(), i.version(), what, i.platform() == null ? "" : i.platform().strip(),
                caps.mechanisms().stream().map(Enum::name).sorted().toList(),
                caps.controls().stream().map(Enum::name).sorted().toList());
    }

    /** Name and version as one line, for terminals and report titles. */
    public String title() {
        return name + " " + version;
    }
}
