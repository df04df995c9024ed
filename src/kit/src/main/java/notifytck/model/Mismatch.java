package notifytck.model;

import java.util.List;

/**
 * What an implementation showed that no world of the model allows: the first observable that
 * differs from the model's preferred world, the rule that fixes it, and what every world allowed.
 */
public record Mismatch(String rule, String what, String got, List<String> allowed) {
    public Mismatch {
        allowed = List.copyOf(allowed);
    }

    @Override
    public String toString() {
        return what + ": the implementation shows " + got + "; the model allows " + String.join(" or ", allowed);
    }
}
