package notifytck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exits with the exit code a verdict records. Command 1 runs the jar so that a failing run still
 * gets its HTML report, and then gates the build on the verdict with this.
 */
public final class Gate {
    private Gate() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp notify-tck.jar notifytck.cli.Gate <verdict.json>");
            System.exit(2);
        }
        Path verdict;
        try {
            verdict = Path.of(args[0]);
        } catch (java.nio.file.InvalidPathException bad) {
            System.err.println("notify-tck gate: " + args[0] + " is not a path (" + bad.getReason() + ")");
            System.exit(2);
            return;
        }
        if (!Files.isRegularFile(verdict)) {
            System.err.println("notify-tck gate: no verdict at " + verdict + " (the run did not get as far as judging)");
            System.exit(2);
        }
        try {
            JsonNode v = new ObjectMapper().readTree(verdict.toFile());
            int code = v.at("/exit/code").asInt(3);
            System.out.println("notify-tck gate: " + verdict + " says exit " + code + ": " + v.at("/exit/meaning").asText());
            System.exit(code);
        } catch (IOException e) {
            System.err.println("notify-tck gate: " + verdict + " is not a verdict: " + e.getMessage());
            System.exit(3);
        }
    }
}
