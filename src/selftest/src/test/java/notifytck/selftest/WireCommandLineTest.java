package notifytck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The wire's ways in on the command line: what cannot work is a configuration error, exit 2, one line. */
class WireCommandLineTest {
    private static final Path HELLO = Reports.projectRoot().resolve("src/selftest/src/test/resources/wire/hello.py");

    private static void assertConfigurationError(String name, String mention, String... args) {
        Path out = Reports.fresh(name);
        String[] all = new String[args.length + 3];
        all[0] = "--out";
        all[1] = out.toString();
        all[2] = "--quiet";
        System.arraycopy(args, 0, all, 3, args.length);
        CommandLineTest.Result r = CommandLineTest.cli(all);
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("notify-tck: ").contains(mention).doesNotContain("\tat ");
        assertThat(out.resolve("verdict.json")).doesNotExist();
    }

    @Test
    void aProgramThatDoesNotStartIsAConfigurationError() {
        assertConfigurationError("wire-no-program", "cannot start or reach the program", "--sut-command", "/no/such/program --flag");
    }

    @Test
    void aProgramThatSpeaksAnotherProtocolVersionIsAConfigurationError() {
        assertConfigurationError("wire-version", "speaks protocol version 2; this kit speaks version 1", "--sut-command", "python3 " + HELLO + " 2");
    }

    @Test
    void aProgramThatDoesNotAnswerHelloWithAMessageIsAConfigurationError() {
        assertConfigurationError("wire-garbage-hello", "did not answer hello", "--sut-command", "python3 " + HELLO + " garbage");
    }

    @Test
    void anUnclosedQuoteInTheCommandIsAConfigurationError() {
        assertConfigurationError("wire-quote", "unclosed", "--sut-command", "python3 'src/examples");
    }

    @Test
    void bothWaysInAtOnceAreAConfigurationError() {
        assertConfigurationError("wire-both", "not both", "--sut-command", "python3 x.py", "--sut-connect", "127.0.0.1:9");
        assertConfigurationError("wire-and-java", "give one or the other", "--sut-command", "python3 x.py", "--sut",
                "notifytck.reference.ReferenceImplementation");
    }

    @Test
    void aBadOrUnreachableAddressIsAConfigurationError() {
        assertConfigurationError("wire-address", "expected <host>:<port>", "--sut-connect", "localhost");
        assertConfigurationError("wire-port", "the port must be 1 to 65535", "--sut-connect", "127.0.0.1:70000");
        assertConfigurationError("wire-refused", "cannot start or reach the program (127.0.0.1:1)", "--sut-connect", "127.0.0.1:1");
    }
}
