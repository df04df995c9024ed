package notifytck.spi.spooler;

import java.util.Objects;

/**
 * Who makes a call: the machine it runs on, the user and session it runs as, and what code in
 * which process. Every spooler call carries one; the implementation trusts it as it would trust
 * the caller's token.
 */
public record CallerContext(String machine, String user, int session, Component component, Hosting hosting) {
    public CallerContext {
        requireName(machine, "machine");
        requireName(user, "user");
        if (session < 0) {
            throw new IllegalArgumentException("session must be >= 0, was " + session);
        }
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(hosting, "hosting");
        if (component == Component.APPLICATION && hosting == Hosting.SPOOLER) {
            throw new IllegalArgumentException("an application's own code is not hosted by the spooler");
        }
    }

    private static void requireName(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must be a non-blank name, was " + (s == null ? "null" : "'" + s + "'"));
        }
    }
}
