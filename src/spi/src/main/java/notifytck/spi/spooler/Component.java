package notifytck.spi.spooler;

/** What the calling code is. */
public enum Component {
    PRINTER_DRIVER,
    PORT_MONITOR,
    /** The application's own code, not a printing component. */
    APPLICATION
}
