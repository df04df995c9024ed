package notifytck.spi.spooler;

/** Which process the calling code runs in: the documents' distinction that decides who may open a channel. */
public enum Hosting {
    /** Loaded by the print spooler service (spoolsv), e.g. a driver or a port monitor linked to Spoolss.lib. */
    SPOOLER,
    /** Running inside an application's process, e.g. a driver the application loaded to render. */
    APPLICATION
}
