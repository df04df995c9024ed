package notifytck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private static final Set<String> KNOWN = Set.of("@msmq", "@spooler", "@must", "@REQ-MSMQ-ENABLE-010", "@property", "@scenario");

    @Test
    void matchesTagExpressions() {
        Selection s = Selection.parse("@msmq and not @property", KNOWN);
        assertThat(s.matches(Set.of("@msmq", "@scenario"))).isTrue();
        assertThat(s.matches(Set.of("@msmq", "@property"))).isFalse();
        assertThat(s.matches(Set.of("@spooler", "@scenario"))).isFalse();
        assertThat(Selection.parse("", KNOWN).matches(Set.of())).isTrue();
        assertThat(Selection.parse("  ", KNOWN).text()).isEmpty();
        assertThat(Selection.parse("@REQ-MSMQ-ENABLE-010 or @spooler", KNOWN).matches(Set.of("@REQ-MSMQ-ENABLE-010"))).isTrue();
    }

    @Test
    void refusesSyntaxErrorsAndTagsNothingCarries() {
        assertThatThrownBy(() -> Selection.parse("@msmq and", KNOWN)).isInstanceOf(ConfigurationError.class).hasMessageContaining("--select");
        assertThatThrownBy(() -> Selection.parse("(@msmq", KNOWN)).isInstanceOf(ConfigurationError.class);
        assertThatThrownBy(() -> Selection.parse("@msmq or @smmq", KNOWN)).hasMessageContaining("@smmq").hasMessageNotContaining("@msmq,");
        assertThatThrownBy(() -> Selection.parse("msmq", KNOWN)).isInstanceOf(ConfigurationError.class);
    }
}
