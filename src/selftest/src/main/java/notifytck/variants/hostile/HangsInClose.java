package notifytck.variants.hostile;

/** Never returns from close(). */
public final class HangsInClose extends HostileMsmq {
    @Override
    protected void closing() {
        blockForever();
    }
}
