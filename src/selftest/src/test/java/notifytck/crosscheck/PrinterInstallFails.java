package notifytck.crosscheck;

import notifytck.reference.ReferenceImplementation;
import notifytck.spi.Capabilities;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;

/**
 * The reference whose control cannot install a printer named Inkjet: every spooler scenario fails
 * in its Background, before it reaches its rule. The verdict must say setup-failed, not fail.
 */
public final class PrinterInstallFails implements NotificationImplementation {
    private final ReferenceImplementation reference = new ReferenceImplementation();

    @Override
    public String name() {
        return "printer-install-fails";
    }

    @Override
    public Capabilities capabilities() {
        return reference.capabilities();
    }

    @Override
    public SystemUnderTest start() {
        SystemUnderTest inner = reference.start();
        return new SystemUnderTest() {
            @Override
            public SpoolerAdapter spooler() {
                return inner.spooler();
            }

            @Override
            public SpoolerControl spoolerControl() {
                SpoolerControl c = inner.spoolerControl();
                return new SpoolerControl() {
                    @Override
                    public String localMachine() {
                        return c.localMachine();
                    }

                    @Override
                    public void installPrinter(String machine, String printer) {
                        if (printer.equals("Inkjet")) {
                            throw new IllegalStateException("no driver for Inkjet");
                        }
                        c.installPrinter(machine, printer);
                    }

                    @Override
                    public boolean quiesce(java.time.Duration deadline) {
                        return c.quiesce(deadline);
                    }

                    @Override
                    public int liveChannelObjects() {
                        return c.liveChannelObjects();
                    }
                };
            }

            @Override
            public void close() {
                inner.close();
            }
        };
    }
}
