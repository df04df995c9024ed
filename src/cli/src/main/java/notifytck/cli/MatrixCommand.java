package notifytck.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import notifytck.run.ConfigurationError;
import notifytck.site.Matrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code java -jar notify-tck.jar matrix v1.json v2.json ... --out <dir>}: rules × implementations. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"Builds a page of rules (in document order) against implementations from verdict files.",
                "Rows where implementations disagree are marked; several verdicts of one implementation give its trend."})
final class MatrixCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "<verdict.json>", description = "verdict files written by runs of the kit")
    List<Path> verdicts;

    @Option(names = "--out", paramLabel = "<dir>", description = "where matrix.html goes (default: ${DEFAULT-VALUE})")
    Path out = Path.of("reports", "matrix");

    @ParentCommand
    Main parent;

    @Override
    public Integer call() throws Exception {
        for (Path v : verdicts) {
            if (!Files.isRegularFile(v)) {
                throw new ConfigurationError("matrix: " + v + ": no such file");
            }
        }
        Matrix.write(verdicts, out);
        PrintStream stdout = parent == null ? System.out : parent.stdout();
        stdout.println("Matrix of " + verdicts.size() + " verdict(s): " + out.resolve("matrix.html").toAbsolutePath().toUri());
        return 0;
    }
}
