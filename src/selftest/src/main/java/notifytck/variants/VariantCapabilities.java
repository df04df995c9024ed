package notifytck.variants;

import java.util.Set;
import java.util.stream.Collectors;
import notifytck.reference.ReferenceImplementation;
import notifytck.spi.Capabilities;
import notifytck.spi.Mechanism;

/** A faulty variant declares only its own mechanism and that mechanism's controls: the rest is not decorated. */
public final class VariantCapabilities {
    private VariantCapabilities() {}

    public static Capabilities only(Mechanism mechanism) {
        Capabilities all = new ReferenceImplementation().capabilities();
        return new Capabilities(Set.of(mechanism),
                all.controls().stream().filter(c -> c.mechanism() == mechanism).collect(Collectors.toSet()));
    }
}
