package notifytck.properties;

import java.util.ArrayList;
import java.util.List;
import notifytck.kit.Deadline;
import notifytck.kit.CurrentRun;
import notifytck.kit.NotApplicable;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;

/** Starting and closing the selected implementation for properties, through the SPI only. */
final class Sut {
    private static final List<SystemUnderTest> OPEN = new ArrayList<>();
    private static final List<Runnable> BEFORE_CLOSE = new ArrayList<>();

    private Sut() {}

    /** Aborts (not applicable) when the implementation lacks what the property needs. */
    static void require(Mechanism mechanism, Control... controls) {
        NotificationImplementation impl = CurrentRun.implementation();
        if (!impl.capabilities().supports(mechanism)) {
            throw new NotApplicable(impl.name() + " does not declare " + mechanism);
        }
        for (Control c : controls) {
            if (!impl.capabilities().supports(c)) {
                throw new NotApplicable(impl.name() + " does not declare " + c);
            }
        }
    }

    static synchronized SystemUnderTest start() {
        NotificationImplementation impl = CurrentRun.implementation();
        SystemUnderTest sut = Deadline.start(impl);
        CurrentRun.started();
        OPEN.add(sut);
        return sut;
    }

    /** Something a try's state must undo before its systems close (let held callbacks go, stop senders). */
    static synchronized void beforeClose(Runnable r) {
        BEFORE_CLOSE.add(r);
    }

    /** Closes every instance the last try started. */
    static synchronized void closeAll() {
        // Each undo on its own, and the instances closed whatever they do: a try's verdict is already taken.
        for (Runnable r : BEFORE_CLOSE) {
            try {
                r.run();
            } catch (RuntimeException | AssertionError ignored) {
                // The instance is closed next, which ends whatever the undo could not.
            }
        }
        BEFORE_CLOSE.clear();
        for (SystemUnderTest s : OPEN) {
            try {
                Deadline.call("SystemUnderTest.close()", () -> {
                    s.close();
                    return null;
                });
                CurrentRun.closed(true);
            } catch (RuntimeException | AssertionError ignored) {
                // A close that fails or hangs must not hide the property's verdict; the run's end reports it.
                CurrentRun.closed(false);
            }
        }
        OPEN.clear();
    }
}
