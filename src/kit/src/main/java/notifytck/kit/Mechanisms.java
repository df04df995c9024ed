package notifytck.kit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;

/**
 * The one registry of the four mechanisms: the tag their features carry, the folder under
 * features/ that holds them, the control that quiesces them and the property classes that check
 * them. Every place that needs to go from one of these to another reads it here.
 */
public final class Mechanisms {
    /** One mechanism as the kit knows it. */
    public record Entry(Mechanism mechanism, String tag, String folder, Control quiesce, List<String> properties) {
        /** The tag without its '@', as selection examples and reports spell it. */
        public String name() {
            return tag.substring(1);
        }
    }

    private static final List<Entry> ALL = List.of(
            new Entry(Mechanism.SPOOLER, "@spooler", "spooler", Control.SPOOLER_QUIESCE,
                    List.of("notifytck.properties.SpoolerOrderingProperties", "notifytck.properties.SpoolerReleaseProperties",
                            "notifytck.properties.SpoolerModelProperties", "notifytck.properties.SpoolerConcurrencyProperties")),
            new Entry(Mechanism.MSMQ, "@msmq", "msmq", Control.MSMQ_QUIESCE,
                    List.of("notifytck.properties.MsmqTimeoutProperties", "notifytck.properties.MsmqModelProperties",
                            "notifytck.properties.MsmqConcurrencyProperties")),
            new Entry(Mechanism.RPC_CALL_NOTIFICATION, "@rpc", "rpc", Control.RPC_QUIESCE,
                    List.of("notifytck.properties.RpcModelProperties", "notifytck.properties.RpcConcurrencyProperties")),
            new Entry(Mechanism.FAX, "@fax", "fax", Control.FAX_QUIESCE, List.of("notifytck.properties.FaxModelProperties")));

    /** Scenario tags that say a scenario needs an optional control beyond its mechanism. */
    public static final Map<String, Control> NEEDS = Map.of(
            "@needs-remote-servers", Control.SPOOLER_REMOTE_SERVERS,
            "@needs-channel-objects", Control.SPOOLER_CHANNEL_OBJECTS,
            "@needs-virtual-clock", Control.MSMQ_VIRTUAL_CLOCK);

    private Mechanisms() {}

    public static Entry of(Mechanism m) {
        return ALL.stream().filter(e -> e.mechanism() == m).findFirst().orElseThrow();
    }

    public static Optional<Entry> byTag(String tag) {
        return ALL.stream().filter(e -> e.tag().equals(tag)).findFirst();
    }

    /** Every property class the kit runs, in the registry's order. */
    public static List<String> propertyClasses() {
        return ALL.stream().flatMap(e -> e.properties().stream()).toList();
    }
}
