package notifytck.run;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which checks a run takes: a Cucumber tag expression over the tags a check carries. A scenario
 * carries its feature's, rule's and its own tags; a property carries the tags of every rule it
 * reports on. Both also carry {@code @scenario} or {@code @property}, and a property the simple
 * name of its class. Examples:
 * <pre>
 *   @msmq                                   one mechanism
 *   @notification-channel                   one document (the feature file's name)
 *   @REQ-SPOOL-CHAN-007 or @REQ-SPOOL-CHAN-008
 *   @must and not @ambiguous                levels and readings
 *   @rpc and not @property                  scenarios only
 * </pre>
 * An empty expression takes everything. A tag that appears nowhere is refused rather than matched
 * against nothing, so a typo cannot make a run quietly small.
 */
public final class Selection {
    public static final String SCENARIO_TAG = "@scenario";
    public static final String PROPERTY_TAG = "@property";
    private static final Pattern TAG = Pattern.compile("@[^\\s()]+");

    private final String text;
    private final Expression expression;

    private Selection(String text, Expression expression) {
        this.text = text;
        this.expression = expression;
    }

    public static Selection all() {
        return new Selection("", null);
    }

    /** Parses {@code text}; every tag in it must be one of {@code known}. */
    public static Selection parse(String text, Collection<String> known) {
        if (text == null || text.isBlank()) {
            return all();
        }
        Expression e;
        try {
            e = TagExpressionParser.parse(text);
        } catch (TagExpressionException bad) {
            throw new ConfigurationError("--select \"" + text + "\": " + bad.getMessage().strip()
                    + " (write tags with '@', combined with and, or, not and parentheses)");
        }
        List<String> unknown = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            String tag = m.group().replace("\\", "");
            if (!known.contains(tag)) {
                unknown.add(tag);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ConfigurationError("--select \"" + text + "\": no rule, scenario or property carries " + String.join(", ", unknown)
                    + " (mechanisms: @spooler @msmq @rpc @fax; documents are the feature files' names, e.g. @notification-channel;"
                    + " levels e.g. @must; rule IDs e.g. @REQ-SPOOL-CHAN-007)");
        }
        if (!TAG.matcher(text).find()) {
            throw new ConfigurationError("--select \"" + text + "\": names no tag");
        }
        return new Selection(text.strip(), e);
    }

    public boolean matches(Set<String> tags) {
        return expression == null || expression.evaluate(List.copyOf(new TreeSet<>(tags)));
    }

    /** The expression as given; empty when everything is selected. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "(everything)" : text;
    }
}
