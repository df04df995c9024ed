package notifytck.model.msmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import notifytck.model.Mismatch;
import notifytck.model.Worlds;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.OptionalInt32;
import org.junit.jupiter.api.Test;

/** The MSMQ model read against its document, one clause at a time. */
class MsmqWorldTest {
    private static final OptionalInt32 FIRST = OptionalInt32.of(MsmqConstants.MQMSG_FIRST);
    private static final OptionalInt32 CURRENT = OptionalInt32.of(MsmqConstants.MQMSG_CURRENT);
    private static final OptionalInt32 NEXT = OptionalInt32.of(MsmqConstants.MQMSG_NEXT);
    private static final OptionalInt32 ZERO = OptionalInt32.of(0);
    private static final OptionalInt32 INFINITE = OptionalInt32.of(MsmqConstants.INFINITE);

    private final MsmqWorld w = new MsmqWorld();

    private String expected(String key) {
        return w.expectations().get(key).allowed();
    }

    private String rule(String key) {
        return w.expectations().get(key).rule();
    }

    @Test
    void theFirstFailingCheckInTheListsOrderDecidesTheCode() {
        int q = w.openQueue("orders", MsmqConstants.MQ_RECEIVE_ACCESS, true);
        w.closeQueue(q);
        w.enable(1, q, false, OptionalInt32.of(7), ZERO);
        w.enable(2, q, false, FIRST, ZERO);
        w.enable(3, q, true, FIRST, ZERO);
        assertThat(expected(MsmqWorld.resultKey(1))).isEqualTo(MsmqConstants.E_INVALIDARG.hex());
        assertThat(rule(MsmqWorld.resultKey(1))).isEqualTo("REQ-MSMQ-ENABLE-010");
        assertThat(expected(MsmqWorld.resultKey(2))).isEqualTo(MsmqConstants.MQ_ERROR_INVALID_HANDLE.hex());
        // Closed, null event and a wrong access: three checks fail, so the whole order is the rule.
        assertThat(rule(MsmqWorld.resultKey(2))).isEqualTo("REQ-MSMQ-ENABLE-010");
        assertThat(expected(MsmqWorld.resultKey(3))).isEqualTo(MsmqConstants.MQ_ERROR_INVALID_HANDLE.hex());
        assertThat(expected(MsmqWorld.errorKey(3))).isEqualTo("no ArrivedError");
        // Closed and a null event alone: the null-event check's own place in the order.
        int peek = w.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true);
        w.closeQueue(peek);
        w.enable(4, peek, false, FIRST, ZERO);
        assertThat(expected(MsmqWorld.resultKey(4))).isEqualTo(MsmqConstants.MQ_ERROR_INVALID_HANDLE.hex());
        assertThat(rule(MsmqWorld.resultKey(4))).isEqualTo("REQ-MSMQ-ENABLE-008");
    }

    @Test
    void aLockedHeadDoesNotHideTheMessageBehindItButACursorPassesLockedMessagesForGood() {
        int q = w.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true);
        int m1 = w.putMessage("orders");
        w.setLocked(m1, true);
        w.enable(1, q, true, FIRST, INFINITE);
        w.positionCursor(q, m1);
        w.enable(2, q, true, CURRENT, INFINITE);
        assertThat(expected(MsmqWorld.arrivedKey(1))).isEqualTo("no Arrived");
        assertThat(expected(MsmqWorld.cursorKey(q))).isEqualTo("END");
        w.setLocked(m1, false);
        // The search from the head wakes; the one from the cursor has passed m1 and waits for a newcomer.
        assertThat(expected(MsmqWorld.arrivedKey(1))).isEqualTo("Arrived");
        assertThat(expected(MsmqWorld.arrivedKey(2))).isEqualTo("no Arrived");
        int m2 = w.putMessage("orders");
        assertThat(expected(MsmqWorld.arrivedKey(2))).isEqualTo("Arrived");
        assertThat(expected(MsmqWorld.cursorKey(q))).isEqualTo("AT m" + m2);
        assertThat(expected(MsmqWorld.contentsKey("orders"))).isEqualTo("[m1, m2]");
    }

    @Test
    void aFreshCursorAdvancedByNextMayStandOnTheFirstOrTheSecondMessage() {
        Worlds<MsmqWorld> worlds = new Worlds<>(new MsmqWorld());
        int[] q = new int[1];
        worlds.each(x -> q[0] = x.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true));
        worlds.each(x -> x.putMessage("orders"));
        worlds.each(x -> x.putMessage("orders"));
        worlds.branch(x -> x.enable(1, q[0], true, NEXT, ZERO));
        assertThat(worlds.size()).isEqualTo(2);
        Map<String, String> sawSecond = new HashMap<>(Map.of(MsmqWorld.cursorKey(q[0]), "AT m2"));
        assertThat(worlds.observe(sawSecond)).isEmpty();
        assertThat(worlds.size()).isEqualTo(1);
        Mismatch m = worlds.observe(Map.of(MsmqWorld.cursorKey(q[0]), "END")).orElseThrow();
        assertThat(m.rule()).isEqualTo("REQ-MSMQ-ENABLE-022");
        assertThat(m.allowed()).containsExactly("AT m2");
    }

    @Test
    void aFiniteTimeoutFiresAtItsDueTimeNotBeforeAndOnlyOnce() {
        int q = w.openQueue("orders", MsmqConstants.MQ_PEEK_ADMIN_ACCESS, true);
        w.enable(1, q, true, OptionalInt32.NOT_GIVEN, OptionalInt32.of(300));
        w.advance(299);
        assertThat(expected(MsmqWorld.errorKey(1))).isEqualTo("no ArrivedError");
        assertThat(rule(MsmqWorld.errorKey(1))).isEqualTo("REQ-MSMQ-ENABLE-016");
        assertThat(w.nextDue()).isEqualTo(300);
        w.advance(1);
        assertThat(expected(MsmqWorld.errorKey(1))).isEqualTo(MsmqWorld.error(MsmqConstants.MQ_ERROR_IO_TIMEOUT));
        w.putMessage("orders");
        assertThat(expected(MsmqWorld.arrivedKey(1))).isEqualTo("no Arrived");
        assertThat(expected(MsmqWorld.onceKey(1))).isEqualTo(MsmqWorld.ONCE);
    }

    @Test
    void timeoutZeroReportsNotFoundOnBothPathsAndNeverTheCursorError() {
        int q = w.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true);
        w.enable(1, q, true, FIRST, ZERO);
        w.enable(2, q, true, NEXT, ZERO);
        String notFound = MsmqWorld.error(MsmqConstants.MQ_ERROR_MESSAGE_NOT_FOUND);
        assertThat(expected(MsmqWorld.errorKey(1))).isEqualTo(notFound);
        assertThat(rule(MsmqWorld.errorKey(1))).isEqualTo("REQ-MSMQ-ENABLE-015");
        assertThat(expected(MsmqWorld.errorKey(2))).isEqualTo(notFound);
        assertThat(rule(MsmqWorld.errorKey(2))).isEqualTo("REQ-MSMQ-ENABLE-023");
        // An Arrived where there was nothing at all to look at breaks the not-found rule itself.
        assertThat(rule(MsmqWorld.arrivedKey(1))).isEqualTo("REQ-MSMQ-ENABLE-015");
        assertThat(rule(MsmqWorld.arrivedKey(2))).isEqualTo("REQ-MSMQ-ENABLE-023");
        // With a locked message passed over, it breaks the search's rule.
        int m = w.putMessage("orders");
        w.setLocked(m, true);
        w.enable(3, q, true, FIRST, ZERO);
        assertThat(rule(MsmqWorld.arrivedKey(3))).isEqualTo("REQ-MSMQ-ENABLE-014");
    }

    @Test
    void twoQueueObjectsOnOneQueueKeepTheirOwnCursors() {
        int a = w.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true);
        int b = w.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true);
        int m1 = w.putMessage("orders");
        w.putMessage("orders");
        w.positionCursor(a, m1);
        w.enable(1, a, true, NEXT, ZERO);
        assertThat(expected(MsmqWorld.cursorKey(a))).isEqualTo("AT m2");
        assertThat(expected(MsmqWorld.cursorKey(b))).isEqualTo("UNPOSITIONED");
        assertThat(expected(MsmqWorld.namedKey(1))).isEqualTo("q" + a);
    }

    @Test
    void aCursorWhoseMessageWasReceivedMovesOnFromItsPlaceNeverBackToTheHead() {
        int a = w.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true);
        int b = w.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true);
        w.putMessage("orders");
        int m2 = w.putMessage("orders");
        int m3 = w.putMessage("orders");
        w.positionCursor(a, m2);
        w.positionCursor(b, m2);
        w.removeMessage(m2);
        assertThat(expected(MsmqWorld.cursorKey(a))).isEqualTo("AT m" + m2);
        w.enable(1, a, true, NEXT, ZERO);
        assertThat(expected(MsmqWorld.cursorKey(a))).isEqualTo("AT m" + m3);
        assertThat(expected(MsmqWorld.arrivedKey(1))).isEqualTo("Arrived");
        w.enable(2, b, true, CURRENT, ZERO);
        assertThat(expected(MsmqWorld.cursorKey(b))).isEqualTo("AT m" + m3);
        assertThat(expected(MsmqWorld.arrivedKey(2))).isEqualTo("Arrived");
        w.removeMessage(m3);
        w.enable(3, a, true, NEXT, ZERO);
        assertThat(expected(MsmqWorld.cursorKey(a))).isEqualTo("END");
    }

    @Test
    void aRefusedNextMovesNoCursorAndTheRuleSaysSo() {
        int q = w.openQueue("orders", MsmqConstants.MQ_SEND_ACCESS, true);
        int m1 = w.putMessage("orders");
        w.positionCursor(q, m1);
        List<MsmqWorld> out = w.enable(1, q, true, NEXT, ZERO);
        assertThat(out).hasSize(1);
        assertThat(expected(MsmqWorld.cursorKey(q))).isEqualTo("AT m1");
        assertThat(rule(MsmqWorld.cursorKey(q))).isEqualTo("REQ-MSMQ-ENABLE-011");
        assertThat(expected(MsmqWorld.resultKey(1))).isEqualTo(MsmqConstants.MQ_ERROR_ACCESS_DENIED.hex());
    }

    @Test
    void whereEndStandsOnceMessagesCameAfterItIsLeftOpen() {
        Worlds<MsmqWorld> worlds = new Worlds<>(new MsmqWorld());
        int[] q = new int[1];
        worlds.each(x -> q[0] = x.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true));
        // An empty queue: the search ends at END and reports not found.
        worlds.branch(x -> x.enable(1, q[0], true, CURRENT, ZERO));
        assertThat(worlds.size()).isEqualTo(1);
        worlds.each(x -> x.putMessage("orders"));
        // m1 came after the cursor got to END: END past it (nothing found) or where the queue ended (m1 found).
        worlds.branch(x -> x.enable(2, q[0], true, CURRENT, ZERO));
        assertThat(worlds.size()).isEqualTo(2);
        assertThat(worlds.observe(Map.of(MsmqWorld.arrivedKey(2), "Arrived", MsmqWorld.cursorKey(q[0]), "AT m1"))).isEmpty();
        assertThat(worlds.size()).isEqualTo(1);
        Worlds<MsmqWorld> other = new Worlds<>(new MsmqWorld());
        other.each(x -> q[0] = x.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true));
        other.branch(x -> x.enable(1, q[0], true, CURRENT, ZERO));
        other.each(x -> x.putMessage("orders"));
        other.branch(x -> x.enable(2, q[0], true, NEXT, ZERO));
        assertThat(other.observe(Map.of(MsmqWorld.errorKey(2), MsmqWorld.error(MsmqConstants.MQ_ERROR_MESSAGE_NOT_FOUND),
                MsmqWorld.cursorKey(q[0]), "END"))).isEmpty();
        // A message that was there before the cursor got to END is never found again from it.
        MsmqWorld one = new MsmqWorld();
        int o = one.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true);
        one.putMessage("orders");
        one.enable(1, o, true, NEXT, ZERO);
        assertThat(one.enable(2, o, true, NEXT, ZERO)).hasSize(1);
    }

    @Test
    void aCloseUnderAWaitingCallEitherCancelsItOrLetsItGoOnAndRule026JudgesItFromThen() {
        int q = w.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true);
        int r = w.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true);
        w.enable(1, q, true, CURRENT, INFINITE);
        w.enable(2, r, true, FIRST, INFINITE);
        List<MsmqWorld> ends = w.closeQueue(q);
        assertThat(ends).hasSize(2);
        MsmqWorld goesOn = ends.get(0);
        MsmqWorld cancelled = ends.get(1);
        assertThat(goesOn.expectations().get(MsmqWorld.errorKey(1)).allowed()).isEqualTo("no ArrivedError");
        assertThat(goesOn.expectations().get(MsmqWorld.errorKey(1)).rule()).isEqualTo("REQ-MSMQ-ENABLE-026");
        assertThat(cancelled.expectations().get(MsmqWorld.errorKey(1)).allowed())
                .isEqualTo(MsmqWorld.error(MsmqConstants.MQ_ERROR_OPERATION_CANCELLED));
        assertThat(cancelled.expectations().get(MsmqWorld.errorKey(1)).rule()).isEqualTo("REQ-MSMQ-ENABLE-026");
        // The other queue object's wait is not touched, in either world.
        for (MsmqWorld each : ends) {
            assertThat(each.expectations().get(MsmqWorld.errorKey(2)).allowed()).isEqualTo("no ArrivedError");
            assertThat(each.expectations().get(MsmqWorld.errorKey(2)).rule()).isEqualTo("REQ-MSMQ-ENABLE-018");
        }
        // Going on, a message that comes fires Arrived, still under 026; cancelled, nothing more.
        goesOn.putMessage("orders");
        cancelled.putMessage("orders");
        assertThat(goesOn.expectations().get(MsmqWorld.arrivedKey(1)).allowed()).isEqualTo("Arrived");
        assertThat(goesOn.expectations().get(MsmqWorld.arrivedKey(1)).rule()).isEqualTo("REQ-MSMQ-ENABLE-026");
        assertThat(cancelled.expectations().get(MsmqWorld.arrivedKey(1)).allowed()).isEqualTo("no Arrived");
        assertThat(cancelled.expectations().get(MsmqWorld.arrivedKey(1)).rule()).isEqualTo("REQ-MSMQ-ENABLE-026");
        assertThat(cancelled.expectations().get(MsmqWorld.arrivedKey(2)).allowed()).isEqualTo("Arrived");
    }

    @Test
    void aCloseWithNothingWaitingOnTheObjectDoesNotBranch() {
        int q = w.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true);
        w.putMessage("orders");
        w.enable(1, q, true, FIRST, ZERO);
        assertThat(w.closeQueue(q)).containsExactly(w);
    }

    @Test
    void aCursorLeftWithNoMessageAfterItsPlaceMayBeAtEndButOneWithMessagesAfterItKeepsItsPlace() {
        int a = w.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true);
        int b = w.openQueue("orders", MsmqConstants.MQ_PEEK_ACCESS, true);
        int m1 = w.putMessage("orders");
        int m2 = w.putMessage("orders");
        w.positionCursor(a, m1);
        w.positionCursor(b, m2);
        // m1 has m2 after it: its cursor keeps the place, one world only.
        assertThat(w.removeMessage(m1)).containsExactly(w);
        assertThat(expected(MsmqWorld.cursorKey(a))).isEqualTo("AT m" + m1);
        // The last message goes: both cursors now have nothing after their places.
        List<MsmqWorld> ends = w.removeMessage(m2);
        assertThat(ends).hasSize(2);
        assertThat(ends.get(0).expectations().get(MsmqWorld.cursorKey(b)).allowed()).isEqualTo("AT m" + m2);
        assertThat(ends.get(1).expectations().get(MsmqWorld.cursorKey(a)).allowed()).isEqualTo("END");
        assertThat(ends.get(1).expectations().get(MsmqWorld.cursorKey(b)).allowed()).isEqualTo("END");
        // From END a newcomer is found by MQMSG_CURRENT in one of END's readings, as from the kept place.
        MsmqWorld atEnd = ends.get(1);
        atEnd.putMessage("orders");
        List<MsmqWorld> after = atEnd.enable(1, b, true, CURRENT, ZERO);
        assertThat(after.stream().map(x -> x.expectations().get(MsmqWorld.arrivedKey(1)).allowed())).contains("Arrived");
    }
}
