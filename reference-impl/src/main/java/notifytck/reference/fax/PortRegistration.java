package notifytck.reference.fax;

import notifytck.spi.fax.CompletionPort;

/** Completion packets to the client's port, each with the client's key. Opens no token. */
record PortRegistration(ClientApplication client, CompletionPort port, long completionKey)
        implements EventQueueRegistration {
}
