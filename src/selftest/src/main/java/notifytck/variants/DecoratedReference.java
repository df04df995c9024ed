package notifytck.variants;

import java.util.Set;
import java.util.stream.Collectors;
import notifytck.reference.ReferenceImplementation;
import notifytck.spi.Capabilities;

/**
 * The reference with one mechanism decorated: named after its class, and declaring only that
 * mechanism and its controls, since the rest is not decorated.
 */
public abstract class DecoratedReference implements notifytck.selftest.Variant {
    @Override
    public String name() {
        return getClass().getSimpleName();
    }

    @Override
    public Capabilities capabilities() {
        Capabilities all = new ReferenceImplementation().capabilities();
        return new Capabilities(Set.of(mechanism()),
                all.controls().stream().filter(c -> c.mechanism() == mechanism()).collect(Collectors.toSet()));
    }
}
