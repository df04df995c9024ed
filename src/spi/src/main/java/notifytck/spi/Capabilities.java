package notifytck.spi;

import java.util.Objects;
import java.util.Set;

/** What an implementation declares it supports. Anything not declared is not applicable. */
public record Capabilities(Set<Mechanism> mechanisms, Set<Control> controls) {
    public Capabilities {
        Objects.requireNonNull(mechanisms, "mechanisms");
        Objects.requireNonNull(controls, "controls");
        mechanisms = Set.copyOf(mechanisms);
        controls = Set.copyOf(controls);
    }


    public boolean supports(Mechanism m) {
        return mechanisms.contains(m);
    }

    public boolean supports(Control c) {
        return controls.contains(c);
    }
}
