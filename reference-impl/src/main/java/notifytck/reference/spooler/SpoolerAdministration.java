package notifytck.reference.spooler;

import java.time.Duration;
import notifytck.reference.common.Quiescence;
import notifytck.spi.spooler.SpoolerControl;

/** What the kit may do to the reference spooler that no client can: install queues, wait, count. */
final class SpoolerAdministration implements SpoolerControl {
    private final String localMachine;
    private final PrintServers servers;
    private final Quiescence quiescence;
    private final Channels channels;

    SpoolerAdministration(String localMachine, PrintServers servers, Quiescence quiescence, Channels channels) {
        this.localMachine = localMachine;
        this.servers = servers;
        this.quiescence = quiescence;
        this.channels = channels;
    }

    @Override
    public String localMachine() {
        return localMachine;
    }

    /** {@code printer} null installs the print server alone. */
    @Override
    public void installPrinter(String machine, String printer) {
        servers.install(machine, printer);
    }

    @Override
    public boolean quiesce(Duration deadline) {
        return quiescence.await(deadline);
    }

    @Override
    public int liveChannelObjects() {
        return channels.live();
    }
}
