package notifytck.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line summaries the verdict carries: the description and what was expected against what came. */
class OneLineTest {
    @Test
    void anEqualityNamesBothValues() {
        Throwable t = catchThrowable(() -> assertThat(5L).as("count\nhistory").isEqualTo(3L));
        assertThat(OneLine.of(t)).isEqualTo("count — expected 3L, but was 5L");
    }

    @Test
    void aCollectionCheckNamesWhatWasExpectedAndWhatCame() {
        Throwable t = catchThrowable(() -> assertThat(List.of("a", "b")).as("messages at \"main\", in order\nhistory")
                .containsExactlyElementsOf(List.of("a", "c")));
        assertThat(OneLine.of(t)).isEqualTo("messages at \"main\", in order — expected contain exactly (and in same order) [\"a\", \"c\"], but was [\"a\", \"b\"]");
        Throwable in = catchThrowable(() -> assertThat(List.of(1L, 2L)).as("queued").contains(42L));
        assertThat(OneLine.of(in)).isEqualTo("queued — expected contain [42L], but was [1L, 2L]");
    }

    @Test
    void aValueOverSeveralLinesIsJoined() {
        record Msg(int message, long wParam) {}
        List<Msg> got = List.of(new Msg(1, 7), new Msg(2, 8), new Msg(3, 9), new Msg(4, 10));
        List<Msg> wanted = List.of(new Msg(1, 2), new Msg(2, 8), new Msg(3, 9), new Msg(4, 10));
        Throwable t = catchThrowable(() -> assertThat(got).as("messages\nhistory").containsExactlyElementsOf(wanted));
        assertThat(OneLine.of(t)).contains("expected contain exactly (and in same order) [Msg[message=1, wParam=2],")
                .contains("Msg[message=4, wParam=10]], but was [Msg[message=1, wParam=7],").doesNotContain("but some elements");
    }

    @Test
    void aSizeCheckNamesTheSizesAndTheElements() {
        Throwable t = catchThrowable(() -> assertThat(List.of("a", "b")).as("events fired on \"e\"\nhistory").hasSize(1));
        assertThat(OneLine.of(t)).isEqualTo("events fired on \"e\" — Expected size: 1 but was: 2: [\"a\", \"b\"]");
    }
}
