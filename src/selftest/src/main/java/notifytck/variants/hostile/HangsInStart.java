package notifytck.variants.hostile;

/** Never returns from start(). */
public final class HangsInStart extends HostileMsmq {
    @Override
    protected void starting() {
        blockForever();
    }
}
