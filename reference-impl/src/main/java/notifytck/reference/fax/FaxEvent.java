package notifytck.reference.fax;

/** A FAX_EVENT as the service raised it, before it is turned into a message or a packet. */
record FaxEvent(int eventId, int deviceId, int jobId) {
}
