package notifytck.spi;

/**
 * Optional SUT controls: what a client cannot ask through the documented API. A scenario that
 * needs a control the implementation does not declare is reported as not applicable.
 */
public enum Control {
    /** Wait until every notification accepted so far has been delivered or discarded. Without it,
     *  absence is judged over a quiet window instead. */
    SPOOLER_QUIESCE(Mechanism.SPOOLER),
    /** Count the channel objects the spooler still holds (released vs leaked channels). */
    SPOOLER_CHANNEL_OBJECTS(Mechanism.SPOOLER),
    /** More than one print server (machine), for remote registration. */
    SPOOLER_REMOTE_SERVERS(Mechanism.SPOOLER),
    /** Time that moves only when the kit says; without it, timeouts are checked in real time. */
    MSMQ_VIRTUAL_CLOCK(Mechanism.MSMQ),
    /** Wait until every due MSMQ event has been handed over. */
    MSMQ_QUIESCE(Mechanism.MSMQ),
    /** Wait until every due RPC call notification has been delivered. */
    RPC_QUIESCE(Mechanism.RPC_CALL_NOTIFICATION),
    /** Wait until every fax message due has been posted and every window that pumps has taken it. */
    FAX_QUIESCE(Mechanism.FAX);

    private final Mechanism mechanism;

    Control(Mechanism mechanism) {
        this.mechanism = mechanism;
    }

    /** The mechanism this control belongs to. */
    public Mechanism mechanism() {
        return mechanism;
    }
}
