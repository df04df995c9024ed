package notifytck.steps.spooler;

import io.cucumber.java.en.Given;
import notifytck.kit.Deadline;
import notifytck.kit.spooler.SpoolerStage;
import notifytck.spi.Control;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.Component;
import notifytck.spi.spooler.Hosting;

/** Print servers, printers and the callers that run on them. */
public class PrintServerSteps {
    private final SpoolerStage stage = SpoolerStage.current();

    @Given("^the local print server has the printers \"([^\"]+)\" and \"([^\"]+)\"$")
    public void localPrinters(String first, String second) {
        String machine = stage.control().localMachine();
        install(machine, first);
        install(machine, second);
    }

    @Given("^a second print server \"([^\"]+)\" with the printer \"([^\"]+)\"$")
    public void secondServer(String machine, String printer) {
        stage.context().requireControl(Control.SPOOLER_REMOTE_SERVERS, "@needs-remote-servers");
        install(machine, printer);
    }

    @Given("^\"([^\"]+)\" is a (printer driver|port monitor) loaded by the spooler(?: on \"([^\"]+)\")?, running as \"([^\"]+)\"$")
    public void spoolerHosted(String actor, String what, String machine, String user) {
        Component c = what.equals("port monitor") ? Component.PORT_MONITOR : Component.PRINTER_DRIVER;
        // The spooler service runs in session 0.
        stage.addActor(actor, new CallerContext(machineOrLocal(machine), user, 0, c, Hosting.SPOOLER));
    }

    @Given("^\"([^\"]+)\" is a (printer driver|port monitor) loaded by an application, running as \"([^\"]+)\" in session (\\d+)$")
    public void applicationHosted(String actor, String what, String user, int session) {
        Component c = what.equals("port monitor") ? Component.PORT_MONITOR : Component.PRINTER_DRIVER;
        stage.addActor(actor, new CallerContext(machineOrLocal(null), user, session, c, Hosting.APPLICATION));
    }

    @Given("^\"([^\"]+)\" is an application running as \"([^\"]+)\" in session (\\d+)$")
    public void application(String actor, String user, int session) {
        stage.addActor(actor, new CallerContext(machineOrLocal(null), user, session, Component.APPLICATION, Hosting.APPLICATION));
    }

    private String machineOrLocal(String machine) {
        return machine == null ? stage.control().localMachine() : machine;
    }

    private void install(String machine, String printer) {
        Deadline.call("SpoolerControl.installPrinter", () -> {
            stage.control().installPrinter(machine, printer);
            return null;
        });
    }
}
