package notifytck.reference.fax;

/** One successful FaxInitializeEventQueue: where the service sends the events from then on. */
sealed interface EventQueueRegistration permits WindowRegistration, PortRegistration {
    ClientApplication client();
}
