package notifytck.spi.spooler;

import java.time.Duration;

/**
 * What the kit makes the spooler do, or asks of it, that no client can through the API. Methods
 * tied to an optional {@link notifytck.spi.Control} are called only when it is declared.
 */
public interface SpoolerControl {
    /**
     * The machine whose spooler serves names without a \\server prefix by default. The
     * implementation names it; the features refer to it only through this call.
     */
    String localMachine();

    /**
     * Installs a print queue on a machine's spooler (creating the machine if the SUT has several).
     * The printer names, and the names of machines other than {@link #localMachine()}, are the
     * kit's choice ("Laser", "Inkjet", "FARSRV", ...): an implementation accepts any name here.
     */
    void installPrinter(String machine, String printer);

    /**
     * {@link notifytck.spi.Control#SPOOLER_QUIESCE}: waits until every notification and
     * ChannelClosed accepted so far has been delivered or discarded, every callback has returned,
     * and what the spooler does after a callback returns (such as releasing a pointer on the
     * party's behalf) is done. Returns false when {@code deadline} passed first. The kit does not
     * call it while it is itself holding a callback.
     */
    default boolean quiesce(Duration deadline) {
        throw new UnsupportedOperationException("SPOOLER_QUIESCE not declared");
    }

    /**
     * {@link notifytck.spi.Control#SPOOLER_CHANNEL_OBJECTS}: channel objects not yet freed. An
     * observation: it changes nothing, so the kit may ask it while it waits for quiet.
     */
    default int liveChannelObjects() {
        throw new UnsupportedOperationException("SPOOLER_CHANNEL_OBJECTS not declared");
    }
}
