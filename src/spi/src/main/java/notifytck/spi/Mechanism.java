package notifytck.spi;

/** The notification mechanisms of the five documents the kit encodes. */
public enum Mechanism {
    /** "Notification Channel" and "Overview of Spooler Notification" (Windows Driver Kit, print). */
    SPOOLER,
    /** "Receiving Notification Messages from the Fax Service". */
    FAX,
    /** "RpcServerSubscribeForNotification function". */
    RPC_CALL_NOTIFICATION,
    /** [MC-MQAC] 3.11.4.1.9 EnableNotification (Opnum 15). */
    MSMQ
}
