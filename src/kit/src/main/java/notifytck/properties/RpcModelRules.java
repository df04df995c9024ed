package notifytck.properties;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.Tag;

/**
 * Every RPC rule {@code RpcWorld} can name, as tags of a property judged against it: a mismatch
 * counts against the rule it names, and a property's pass counts for each rule it carries. One
 * list for every property that judges with the model.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Tag("REQ-RPC-NOTIFY-001") @Tag("REQ-RPC-NOTIFY-002") @Tag("REQ-RPC-NOTIFY-003") @Tag("REQ-RPC-NOTIFY-004") @Tag("REQ-RPC-NOTIFY-005")
@Tag("REQ-RPC-NOTIFY-006") @Tag("REQ-RPC-NOTIFY-007") @Tag("REQ-RPC-NOTIFY-008") @Tag("REQ-RPC-NOTIFY-010") @Tag("REQ-RPC-NOTIFY-012")
@Tag("REQ-RPC-NOTIFY-013") @Tag("REQ-RPC-NOTIFY-014") @Tag("REQ-RPC-NOTIFY-015") @Tag("REQ-RPC-NOTIFY-016") @Tag("REQ-RPC-NOTIFY-017")
@Tag("REQ-RPC-NOTIFY-018") @Tag("REQ-RPC-NOTIFY-021") @Tag("REQ-RPC-NOTIFY-024") @Tag("REQ-RPC-NOTIFY-026") @Tag("REQ-RPC-NOTIFY-027")
@Tag("REQ-RPC-NOTIFY-028")
@interface RpcModelRules {}
