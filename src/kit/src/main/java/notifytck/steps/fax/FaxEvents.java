package notifytck.steps.fax;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import notifytck.spi.fax.FaxConstants;

/** FEI_ names as the features write them, checked against winfax.h's values in FaxConstants. */
final class FaxEvents {
    private FaxEvents() {}

    static int id(String name) {
        try {
            Field f = FaxConstants.class.getField(name);
            if (!Modifier.isStatic(f.getModifiers()) || !name.startsWith("FEI_")) {
                throw new NoSuchFieldException(name);
            }
            return f.getInt(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalArgumentException("feature names a fax event the kit does not know: " + name);
        }
    }

    /** The name and the value a feature states must agree. */
    static int id(String name, int stated) {
        int id = id(name);
        if (id != stated) {
            throw new IllegalArgumentException("feature defect: " + name + " is " + id + " in winfax.h, the feature says " + stated);
        }
        return id;
    }

    static long job(String job) {
        return job == null ? FaxConstants.NO_JOB & 0xFFFF_FFFFL : Long.parseLong(job);
    }
}
