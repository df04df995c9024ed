package notifytck.properties;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.Tag;

/**
 * Every MSMQ rule {@code MsmqWorld} can name, as tags of a property judged against it: a mismatch
 * counts against the rule it names, and a property's pass counts for each rule it carries. One
 * list for every property that judges with the model.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Tag("REQ-MSMQ-ENABLE-001") @Tag("REQ-MSMQ-ENABLE-002") @Tag("REQ-MSMQ-ENABLE-003") @Tag("REQ-MSMQ-ENABLE-004")
@Tag("REQ-MSMQ-ENABLE-005") @Tag("REQ-MSMQ-ENABLE-006") @Tag("REQ-MSMQ-ENABLE-007") @Tag("REQ-MSMQ-ENABLE-008")
@Tag("REQ-MSMQ-ENABLE-009") @Tag("REQ-MSMQ-ENABLE-010") @Tag("REQ-MSMQ-ENABLE-011") @Tag("REQ-MSMQ-ENABLE-012")
@Tag("REQ-MSMQ-ENABLE-013") @Tag("REQ-MSMQ-ENABLE-014") @Tag("REQ-MSMQ-ENABLE-015") @Tag("REQ-MSMQ-ENABLE-016")
@Tag("REQ-MSMQ-ENABLE-017") @Tag("REQ-MSMQ-ENABLE-018") @Tag("REQ-MSMQ-ENABLE-019") @Tag("REQ-MSMQ-ENABLE-020")
@Tag("REQ-MSMQ-ENABLE-021") @Tag("REQ-MSMQ-ENABLE-022") @Tag("REQ-MSMQ-ENABLE-023") @Tag("REQ-MSMQ-ENABLE-026")
@interface MsmqModelRules {}
