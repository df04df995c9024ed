package notifytck.site;

import java.util.Map;

/**
 * How a status looks on the site: a glyph and a word, never colour alone, and a class whose
 * border style differs per status too. Colours are light backgrounds under dark text, so every
 * badge keeps a contrast ratio well above 4.5:1.
 */
public record StatusLook(String word, String glyph, String label) {
    private static final Map<String, StatusLook> LOOKS = Map.ofEntries(
            Map.entry("pass", new StatusLook("pass", "✔", "passed")),
            Map.entry("partial", new StatusLook("partial", "◐", "passed where applicable")),
            Map.entry("fail", new StatusLook("fail", "✘", "failed")),
            Map.entry("setup-failed", new StatusLook("setup-failed", "⚠", "setup failed")),
            Map.entry("expected-fail", new StatusLook("expected-fail", "⊘", "failed, as the baseline expects")),
            Map.entry("unexpected-pass", new StatusLook("unexpected-pass", "‼", "passed, but the baseline expects a failure")),
            Map.entry("not-applicable", new StatusLook("not-applicable", "–", "not applicable")),
            Map.entry("not-selected", new StatusLook("not-selected", "○", "not selected")),
            Map.entry("untestable", new StatusLook("untestable", "∅", "untestable")),
            Map.entry("passed", new StatusLook("passed", "✔", "passed")),
            Map.entry("failed", new StatusLook("failed", "✘", "failed")),
            Map.entry("skipped", new StatusLook("skipped", "–", "skipped")),
            Map.entry("undefined", new StatusLook("undefined", "?", "undefined")),
            Map.entry("pending", new StatusLook("pending", "…", "pending")),
            Map.entry("ambiguous", new StatusLook("ambiguous", "?", "ambiguous")),
            Map.entry("unused", new StatusLook("unused", "–", "unused")));

    static StatusLook of(String word) {
        return LOOKS.getOrDefault(word, new StatusLook(word, "?", word));
    }

    /** The CSS class of the badge. */
    public String css() {
        return "st-" + word;
    }
}
