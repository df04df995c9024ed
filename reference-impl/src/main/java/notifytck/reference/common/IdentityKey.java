package notifytck.reference.common;

/**
 * Files a receiver under its identity. Receivers are the clients' objects, whose equals the kit
 * does not control: two that compare equal are still two receivers, each with its own lane.
 */
public final class IdentityKey {
    private final Object receiver;

    public IdentityKey(Object receiver) {
        this.receiver = receiver;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityKey k && k.receiver == receiver;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(receiver);
    }
}
