package notifytck.wire.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** --sut-command is split into words as the platform's shell would, without running one. */
class ProgramEndpointTest {
    @Test
    void quotesGroupWordsAndAPosixBackslashEscapes() {
        assertThat(ProgramEndpoint.split("python3 'my dir/sut.py' --name \"a b\" x\\ y", false))
                .isEqualTo(List.of("python3", "my dir/sut.py", "--name", "a b", "x y"));
    }

    @Test
    void onWindowsABackslashStaysInThePath() {
        assertThat(ProgramEndpoint.split("\"C:\\Program Files\\impl\\sut.exe\" -Djava.library.path=C:\\native --q \\\"x\\\"", true))
                .isEqualTo(List.of("C:\\Program Files\\impl\\sut.exe", "-Djava.library.path=C:\\native", "--q", "\"x\""));
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> ProgramEndpoint.split("python3 'sut.py", false)).hasMessageContaining("unclosed");
    }
}
