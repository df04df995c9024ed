package notifytck.cli;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import notifytck.run.ConfigurationError;
import notifytck.run.RunSettings;
import notifytck.spi.NotificationImplementation;
import notifytck.wire.WireSetupError;
import notifytck.wire.client.WireImplementation;

/**
 * The implementation reached over the wire, when --sut-command or --sut-connect names one; closing
 * it ends every program session the run opened.
 */
final class WireSource implements AutoCloseable {
    private final WireImplementation wire;

    private WireSource(WireImplementation wire) {
        this.wire = wire;
    }

    static WireSource of(String command, String connect, boolean isolate, String jvmOptions, String sut, List<String> classpath, Long callMillis,
                        Long startMillis) {
        boolean java = (sut != null && !sut.isBlank()) || !classpath.isEmpty();
        if (isolate && (command != null || connect != null)) {
            throw new ConfigurationError("--isolate runs a Java implementation in a JVM of its own; a program given with --sut-command"
                    + " or --sut-connect is isolated already");
        }
        if (isolate && (sut == null || sut.isBlank())) {
            throw new ConfigurationError("--isolate needs the implementation's class: name it with --sut <class>");
        }
        if (command != null && connect != null) {
            throw new ConfigurationError("give --sut-command or --sut-connect, not both");
        }
        if ((command != null || connect != null) && java) {
            throw new ConfigurationError((command != null ? "--sut-command" : "--sut-connect")
                    + " judges a program over the wire; --sut and --sut-classpath name a Java implementation: give one or the other");
        }
        if (command == null && connect == null && !isolate) {
            return new WireSource(null);
        }
        long call = callMillis != null ? callMillis : RunSettings.TIMEOUTS.get("notifytck.timeout.call");
        // Shorter than the kit's own call deadline, so the wire, which can say what the program did, speaks first.
        Duration answer = Duration.ofMillis(Math.max(1, call * 9 / 10));
        long start = startMillis != null ? startMillis : RunSettings.TIMEOUTS.get("notifytck.timeout.start");
        // Likewise under the kit's start deadline: launching the program and its hello belong to start().
        Duration launch = Duration.ofMillis(Math.max(1, start * 9 / 10));
        try {
            if (isolate) {
                return new WireSource(WireImplementation.command(isolated(sut.strip(), classpath, jvmOptions), answer, launch));
            }
            return new WireSource(command != null ? WireImplementation.command(command, answer, launch)
                    : WireImplementation.connect(connect.strip(), answer, launch));
        } catch (WireSetupError e) {
            throw new ConfigurationError(e.getMessage());
        }
    }

    /**
     * The child JVM of --isolate: this JVM's Java, the kit's own class path (the jar, or the build's
     * folders) and the implementation's, serving it over the wire. What it does to its JVM (exit,
     * exhaust memory, kill it) then ends a session, which the kit reports, not the run.
     */
    private static List<String> isolated(String sut, List<String> classpath, String jvmOptions) {
        List<String> entries = new java.util.ArrayList<>();
        for (String e : classpath) {
            if (e.isBlank()) {
                continue;
            }
            java.nio.file.Path p;
            try {
                p = java.nio.file.Path.of(e.strip());
            } catch (java.nio.file.InvalidPathException bad) {
                throw new ConfigurationError("--sut-classpath " + e + ": not a path (" + bad.getMessage() + ")");
            }
            if (!java.nio.file.Files.exists(p)) {
                throw new ConfigurationError("--sut-classpath " + e + ": no such file or folder");
            }
            entries.add(p.toAbsolutePath().normalize().toString());
        }
        entries.add(System.getProperty("java.class.path"));
        // Found here, not in the child, so a misspelt class is the same one-line error as without --isolate; not initialized, so nothing of it runs here.
        try (java.net.URLClassLoader probe = new java.net.URLClassLoader(entries.stream().flatMap(e -> java.util.Arrays.stream(e.split(java.io.File.pathSeparator)))
                .map(e -> {
                    try {
                        return java.nio.file.Path.of(e).toUri().toURL();
                    } catch (java.net.MalformedURLException | RuntimeException ex) {
                        return null;
                    }
                }).filter(java.util.Objects::nonNull).toArray(java.net.URL[]::new), null)) {
            Class.forName(sut, false, probe);
        } catch (LinkageError e) {
            throw new ConfigurationError("--sut " + sut + ": the class does not load (" + e + ")");
        } catch (ClassNotFoundException e) {
            throw new ConfigurationError("--sut " + sut + ": no such class" + (classpath.isEmpty() ? " in the kit (give its jar or folder with --sut-classpath)"
                    : " on --sut-classpath or in the kit"));
        } catch (java.io.IOException e) {
            throw new ConfigurationError("--sut-classpath: " + e.getMessage());
        }
        String launcher = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(launcher));
        if (jvmOptions != null) {
            try {
                command.addAll(WireImplementation.words(jvmOptions));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationError("--isolate-jvm: " + e.getMessage());
            }
        }
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, entries), "notifytck.wire.serve.Serve", "--sut", sut));
        return command;
    }

    Optional<NotificationImplementation> implementation() {
        return Optional.ofNullable(wire);
    }

    @Override
    public void close() {
        if (wire != null) {
            wire.close();
        }
    }
}
