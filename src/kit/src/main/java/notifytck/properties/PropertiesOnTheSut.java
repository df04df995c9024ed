package notifytck.properties;

import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.AfterTry;

/** What every property class does around its tries: close the instances a try started, keep the shrunk failure. */
abstract class PropertiesOnTheSut {
    @AfterTry
    void closeSystems() {
        Sut.closeAll();
    }

    @AfterProperty
    void attachFailure() {
        PropertyFailures.attachLast();
    }
}
