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

    static WireSource of(String command, String connect, String sut, List<String> classpath, Long callMillis) {
        boolean java = (sut != null && !sut.isBlank()) || !classpath.isEmpty();
        if (command != null && connect != null) {
            throw new ConfigurationError("give --sut-command or --sut-connect, not both");
        }
        if ((command != null || connect != null) && java) {
            throw new ConfigurationError((command != null ? "--sut-command" : "--sut-connect")
                    + " judges a program over the wire; --sut and --sut-classpath name a Java implementation: give one or the other");
        }
        if (command == null && connect == null) {
            return new WireSource(null);
        }
        long call = callMillis != null ? callMillis : RunSettings.TIMEOUTS.get("notifytck.timeout.call");
        // Shorter than the kit's own call deadline, so the wire, which can say what the program did, speaks first.
        Duration answer = Duration.ofMillis(Math.max(1, call * 9 / 10));
        try {
            return new WireSource(command != null ? WireImplementation.command(command, answer) : WireImplementation.connect(connect.strip(), answer));
        } catch (WireSetupError e) {
            throw new ConfigurationError(e.getMessage());
        }
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
