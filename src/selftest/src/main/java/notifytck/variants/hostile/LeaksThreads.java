package notifytck.variants.hostile;

/** Starts a thread with every instance and never stops it: close() leaves it running. */
public final class LeaksThreads extends HostileMsmq {
    @Override
    protected void starting() {
        Thread t = new Thread(HostileMsmq::blockForever, "leaked-by-" + name());
        t.setDaemon(true);
        t.start();
    }
}
