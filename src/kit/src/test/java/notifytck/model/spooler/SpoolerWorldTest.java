package notifytck.model.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import notifytck.model.spooler.SpoolerWorld.Actor;
import notifytck.model.spooler.SpoolerWorld.Place;
import notifytck.model.spooler.SpoolerWorld.Style;
import org.junit.jupiter.api.Test;

/** The spooler model read against its documents, one clause at a time. */
class SpoolerWorldTest {
    private final SpoolerWorld w = new SpoolerWorld();

    private String expected(String key) {
        return w.expectations().get(key).allowed();
    }

    private String rule(String key) {
        return w.expectations().get(key).rule();
    }

    @Test
    void onlyComponentsInsideTheSpoolerOpenChannelsAndOnlyOnNamesThatExist() {
        w.open(1, Actor.DRIVER, Place.LASER, 0, false, Style.BIDIRECTIONAL, true);
        w.open(2, Actor.MONITOR, Place.SERVER, 0, false, Style.BIDIRECTIONAL, true);
        w.open(6, Actor.MONITOR, Place.SERVER, 0, false, Style.UNIDIRECTIONAL, true);
        w.open(3, Actor.IN_APP_DRIVER, Place.LASER, 0, false, Style.BIDIRECTIONAL, true);
        w.open(4, Actor.APP_ALICE_1, Place.LASER, 0, false, Style.BIDIRECTIONAL, true);
        w.open(5, Actor.DRIVER, Place.NO_PRINTER, 0, false, Style.BIDIRECTIONAL, true);
        assertThat(expected(SpoolerWorld.openingKey(1))).isEqualTo(SpoolerWorld.OPENED);
        assertThat(rule(SpoolerWorld.openingKey(2))).isEqualTo("REQ-SPOOL-CHAN-005");
        assertThat(rule(SpoolerWorld.openingKey(6))).as("a unidirectional channel still hands back a pointer").isEqualTo("REQ-SPOOL-CHAN-010");
        assertThat(expected(SpoolerWorld.openingKey(3))).isEqualTo(SpoolerWorld.REFUSED);
        assertThat(rule(SpoolerWorld.openingKey(3))).isEqualTo("REQ-SPOOL-CHAN-003");
        assertThat(rule(SpoolerWorld.openingKey(4))).isEqualTo("REQ-SPOOL-OVW-006");
        assertThat(rule(SpoolerWorld.openingKey(5))).isEqualTo("REQ-SPOOL-CHAN-036");
        assertThat(w.openerChannels()).containsExactly(1, 2, 6);
        // Three opened, none released: three channel objects; one more is what a refused opening left (its rule), one fewer was freed while held.
        assertThat(expected(SpoolerWorld.LIVE_KEY)).isEqualTo("3");
        assertThat(w.expectations().get(SpoolerWorld.LIVE_KEY).ruleFor("4")).isEqualTo("REQ-SPOOL-CHAN-036");
        assertThat(w.expectations().get(SpoolerWorld.LIVE_KEY).ruleFor("2")).isEqualTo("REQ-SPOOL-CHAN-022");
    }

    @Test
    void aSendReachesExactlyTheListenersOfItsNameTypeAndUsersEachWithItsChannelOrAlone() {
        w.register(1, Actor.APP_ALICE_1, Place.LASER, 0);
        w.register(2, Actor.APP_BOB_1, Place.LASER, 0);
        w.register(3, Actor.APP_ALICE_2, Place.INKJET, 0);
        w.register(4, Actor.APP_ALICE_2, Place.LASER, 1);
        w.register(5, Actor.APP_ALICE_2, Place.SERVER, 0);
        w.register(6, Actor.APP_ALICE_2, Place.NO_PRINTER, 0);
        w.open(1, Actor.DRIVER, Place.LASER, 0, true, Style.BIDIRECTIONAL, true);
        w.send(1, 1, 0);
        assertThat(expected(SpoolerWorld.sendKey(1))).isEqualTo(SpoolerWorld.OK);
        assertThat(expected(SpoolerWorld.gotKey(1, 1))).isEqualTo("1");
        assertThat(rule(SpoolerWorld.gotKey(1, 1))).isEqualTo("REQ-SPOOL-CHAN-008");
        assertThat(w.expectations().get(SpoolerWorld.gotKey(1, 1)).ruleFor("2")).isEqualTo("REQ-SPOOL-OVW-013");
        assertThat(expected(SpoolerWorld.howKey(1, 1))).isEqualTo("with a pointer to channel #1");
        assertThat(rule(SpoolerWorld.gotKey(2, 1))).isEqualTo("REQ-SPOOL-CHAN-008");
        assertThat(rule(SpoolerWorld.gotKey(3, 1))).isEqualTo("REQ-SPOOL-CHAN-001");
        assertThat(rule(SpoolerWorld.gotKey(4, 1))).isEqualTo("REQ-SPOOL-CHAN-006");
        assertThat(rule(SpoolerWorld.gotKey(5, 1))).isEqualTo("REQ-SPOOL-OVW-002");
        assertThat(expected(SpoolerWorld.registrationKey(6))).isEqualTo(SpoolerWorld.FAILED);
        assertThat(rule(SpoolerWorld.gotKey(6, 1))).isEqualTo("REQ-SPOOL-OVW-016");
        w.open(2, Actor.MONITOR, Place.INKJET, 0, false, Style.UNIDIRECTIONAL, false);
        w.send(2, 2, 0);
        assertThat(expected(SpoolerWorld.howKey(3, 2))).isEqualTo(SpoolerWorld.ALONE);
        w.send(3, 2, 1);
        assertThat(expected(SpoolerWorld.sendKey(3))).isEqualTo(SpoolerWorld.INVALID_TYPE);
        assertThat(expected(SpoolerWorld.gotKey(3, 3))).isEqualTo("0");
        w.open(3, Actor.DRIVER, Place.FAR_SERVER, 0, false, Style.UNIDIRECTIONAL, true);
        w.send(4, 3, 0);
        assertThat(expected(SpoolerWorld.sendKey(4))).isEqualTo(SpoolerWorld.NO_LISTENERS);
        assertThat(rule(SpoolerWorld.sendKey(4))).isEqualTo("REQ-SPOOL-OVW-011");
    }

    @Test
    void anAnswerReachesTheOpenerAloneWithItsOwnPointerAndNowhereWithoutACallback() {
        w.register(1, Actor.APP_ALICE_1, Place.LASER, 0);
        w.register(2, Actor.APP_ALICE_2, Place.LASER, 0);
        w.open(1, Actor.DRIVER, Place.LASER, 0, false, Style.BIDIRECTIONAL, true);
        w.send(1, 1, 0);
        assertThat(w.listenersWithPointer(1)).containsExactly(1, 2);
        w.answer(2, 1, 2, 0);
        assertThat(expected(SpoolerWorld.answerKey(1, 2))).isEqualTo("1");
        assertThat(expected(SpoolerWorld.answerHowKey(1, 2))).isEqualTo("with its own pointer");
        assertThat(expected(SpoolerWorld.gotKey(1, 2))).isEqualTo("0");
        assertThat(rule(SpoolerWorld.gotKey(1, 2))).isEqualTo("REQ-SPOOL-CHAN-012");
        w.open(2, Actor.DRIVER, Place.LASER, 0, false, Style.BIDIRECTIONAL, false);
        w.send(3, 2, 0);
        w.answer(4, 2, 1, 0);
        assertThat(w.expectations()).doesNotContainKey(SpoolerWorld.sendKey(4)).doesNotContainKey(SpoolerWorld.answerKey(2, 4));
    }

    @Test
    void anAnswerOfAnotherTypeIsRefusedAndReachesNobody() {
        w.register(1, Actor.APP_ALICE_1, Place.LASER, 0);
        w.open(1, Actor.DRIVER, Place.LASER, 0, false, Style.BIDIRECTIONAL, true);
        w.send(1, 1, 0);
        w.answer(2, 1, 1, 1);
        assertThat(expected(SpoolerWorld.sendKey(2))).isEqualTo(SpoolerWorld.INVALID_TYPE);
        assertThat(rule(SpoolerWorld.sendKey(2))).isEqualTo("REQ-SPOOL-CHAN-007");
        assertThat(expected(SpoolerWorld.answerKey(1, 2))).isEqualTo("0");
    }

    @Test
    void closingTellsEveryOtherPartyOnceWithTheReasonAndLaterSendsAreRefused() {
        w.register(1, Actor.APP_ALICE_1, Place.LASER, 0);
        w.register(2, Actor.APP_ALICE_2, Place.LASER, 0);
        w.open(1, Actor.DRIVER, Place.LASER, 0, false, Style.BIDIRECTIONAL, true);
        w.send(1, 1, 0);
        w.close(1, 1, 1, "k1");
        assertThat(expected(SpoolerWorld.closeKey(1))).isEqualTo(SpoolerWorld.OK);
        assertThat(expected(SpoolerWorld.closedKey(1, 1))).isEqualTo(SpoolerWorld.NOT_TOLD);
        assertThat(expected(SpoolerWorld.closedKey(1, 2))).isEqualTo(SpoolerWorld.ONCE);
        assertThat(expected(SpoolerWorld.reasonKey(1, 2))).isEqualTo("with the reason k1");
        assertThat(expected(SpoolerWorld.closedKey(1, 0))).isEqualTo(SpoolerWorld.ONCE);
        assertThat(w.openerChannels()).as("the spooler released the opener's pointer").isEmpty();
        w.open(2, Actor.DRIVER, Place.LASER, 0, false, Style.UNIDIRECTIONAL, true);
        w.send(2, 2, 0);
        w.close(2, 2, 0, null);
        assertThat(w.expectations().get(SpoolerWorld.closedKey(2, 1)).allows(SpoolerWorld.NOT_TOLD)).isTrue();
        assertThat(w.expectations().get(SpoolerWorld.closedKey(2, 1)).allows(SpoolerWorld.ONCE)).isTrue();
        assertThat(w.expectations().get(SpoolerWorld.reasonKey(2, 1)).allows("without a reason")).isTrue();
        assertThat(w.expectations().get(SpoolerWorld.reasonKey(2, 1)).allows("with the reason k2")).isFalse();
        // Unidirectional and closed: nothing follows the close; what the send returns, the documents do not say.
        w.send(3, 2, 0);
        assertThat(w.expectations()).doesNotContainKey(SpoolerWorld.sendKey(3));
        assertThat(rule(SpoolerWorld.gotKey(1, 3))).isEqualTo("REQ-SPOOL-CHAN-020");
        w.open(3, Actor.DRIVER, Place.LASER, 0, false, Style.BIDIRECTIONAL, true);
        w.send(4, 3, 0);
        w.close(3, 3, 0, null);
        assertThat(expected(SpoolerWorld.pointerKey(3, 1))).isEqualTo("a pointer to channel #3");
        List<SpoolerWorld> after = w.send(5, 3, 1);
        // Closed and of the other type: either refusal, in one world (many such sends must not multiply worlds).
        assertThat(after).hasSize(1);
        assertThat(after.get(0).expectations().get(SpoolerWorld.sendKey(5)).allows(SpoolerWorld.ALREADY_CLOSED)).isTrue();
        assertThat(after.get(0).expectations().get(SpoolerWorld.sendKey(5)).allows(SpoolerWorld.INVALID_TYPE)).isTrue();
        assertThat(after.get(0).expectations().get(SpoolerWorld.sendKey(5)).allows(SpoolerWorld.OK)).isFalse();
        assertThat(rule(SpoolerWorld.gotKey(1, 5))).isEqualTo("REQ-SPOOL-CHAN-032");
        w.send(6, 3, 0);
        assertThat(expected(SpoolerWorld.sendKey(6))).isEqualTo(SpoolerWorld.ALREADY_CLOSED);
        assertThat(rule(SpoolerWorld.gotKey(1, 6))).isEqualTo("REQ-SPOOL-CHAN-032");
    }

    @Test
    void aCloseRacingSendsMayDiscardWhatWasQueuedButNeverMore() {
        SpoolerWorld w = new SpoolerWorld();
        w.register(1, Actor.APP_ALICE_1, Place.LASER, 0);
        w.open(1, Actor.DRIVER, Place.LASER, 0, false, Style.BIDIRECTIONAL, true);
        w.send(1, 1, 0);
        w.close(1, 1, 0, "k1");
        w.discardable(List.of(1), 1);
        var x = w.expectations();
        // Queued when the close came: delivered once or discarded, never twice.
        assertThat(x.get(SpoolerWorld.gotKey(1, 1)).allows("1")).isTrue();
        assertThat(x.get(SpoolerWorld.gotKey(1, 1)).allows("0")).isTrue();
        assertThat(x.get(SpoolerWorld.gotKey(1, 1)).allows("2")).isFalse();
        assertThat(x.get(SpoolerWorld.gotKey(1, 1)).ruleFor("0")).isEqualTo("REQ-SPOOL-CHAN-020");
        // A listener that never got its pointer may never have been a party: told once or not at all, never twice.
        assertThat(x.get(SpoolerWorld.closedKey(1, 1)).allows(SpoolerWorld.ONCE)).isTrue();
        assertThat(x.get(SpoolerWorld.closedKey(1, 1)).allows(SpoolerWorld.NOT_TOLD)).isTrue();
        assertThat(x.get(SpoolerWorld.closedKey(1, 1)).allows("2 times")).isFalse();
        assertThat(x.get(SpoolerWorld.reasonKey(1, 1)).allows("with the reason k1")).isTrue();
        assertThat(x.get(SpoolerWorld.reasonKey(1, 1)).allows("without a reason")).isFalse();
        // A send after the close still fails and reaches nobody.
        w.send(2, 1, 0);
        assertThat(w.expectations().get(SpoolerWorld.sendKey(2)).allowed()).isEqualTo(SpoolerWorld.ALREADY_CLOSED);
        assertThat(w.expectations().get(SpoolerWorld.gotKey(1, 2)).allowed()).isEqualTo("0");
    }

    @Test
    void aSendThatReportsALossMayHaveMissedAnyListenerButNeverRepeats() {
        SpoolerWorld w = new SpoolerWorld();
        w.register(1, Actor.APP_ALICE_1, Place.LASER, 0);
        w.register(2, Actor.APP_BOB_1, Place.LASER, 0);
        w.open(1, Actor.DRIVER, Place.LASER, 0, false, Style.UNIDIRECTIONAL, true);
        assertThat(w.sendsToListeners(1, 0)).isTrue();
        assertThat(w.sendsToListeners(1, 1)).isFalse();
        w.sendReportingLoss(1, 1, 0);
        var x = w.expectations();
        assertThat(SpoolerWorld.LOSSES).allMatch(code -> x.get(SpoolerWorld.sendKey(1)).allows(code));
        assertThat(x.get(SpoolerWorld.sendKey(1)).allows(SpoolerWorld.OK)).isTrue();
        for (int r : List.of(1, 2)) {
            assertThat(x.get(SpoolerWorld.gotKey(r, 1)).allows("1")).isTrue();
            assertThat(x.get(SpoolerWorld.gotKey(r, 1)).allows("0")).isTrue();
            assertThat(x.get(SpoolerWorld.gotKey(r, 1)).allows("2")).isFalse();
            assertThat(x.get(SpoolerWorld.gotKey(r, 1)).ruleFor("2")).isEqualTo("REQ-SPOOL-OVW-013");
        }
        // A send that reports no loss is still delivered to every listener.
        w.send(2, 1, 0);
        assertThat(w.expectations().get(SpoolerWorld.gotKey(1, 2)).allows("0")).isFalse();
    }

    @Test
    void anEndedRegistrationHearsNoChannelOpenedAfterwardsAndItsTwinHearsOn() {
        w.register(1, Actor.APP_ALICE_1, Place.LASER, 0);
        w.register(2, Actor.APP_ALICE_1, Place.LASER, 0);
        w.unregister(1, 1);
        assertThat(expected(SpoolerWorld.unregisterKey(1))).isEqualTo(SpoolerWorld.OK);
        assertThat(rule(SpoolerWorld.unregisterKey(1))).isEqualTo("REQ-SPOOL-OVW-017");
        w.open(1, Actor.DRIVER, Place.LASER, 0, false, Style.UNIDIRECTIONAL, true);
        w.send(1, 1, 0);
        assertThat(expected(SpoolerWorld.gotKey(1, 1))).isEqualTo("0");
        assertThat(rule(SpoolerWorld.gotKey(1, 1))).isEqualTo("REQ-SPOOL-OVW-017");
        assertThat(expected(SpoolerWorld.gotKey(2, 1))).isEqualTo("1");
        assertThat(expected(SpoolerWorld.sendKey(1))).isEqualTo(SpoolerWorld.OK);
        w.unregister(2, 2);
        w.open(2, Actor.DRIVER, Place.LASER, 0, false, Style.BIDIRECTIONAL, true);
        w.send(2, 2, 0);
        assertThat(expected(SpoolerWorld.sendKey(2))).as("no one is registered any more").isEqualTo(SpoolerWorld.NO_LISTENERS);
        assertThat(rule(SpoolerWorld.gotKey(2, 2))).isEqualTo("REQ-SPOOL-OVW-017");
    }

    @Test
    void aBidirectionalChannelHandedBeforeTheUnregisterGoesOnAndAnyOtherOpenedBeforeIsLeftOpen() {
        w.register(1, Actor.APP_ALICE_1, Place.LASER, 0);
        w.open(1, Actor.DRIVER, Place.LASER, 0, false, Style.BIDIRECTIONAL, true);
        w.open(2, Actor.DRIVER, Place.LASER, 0, false, Style.UNIDIRECTIONAL, true);
        w.send(1, 1, 0);
        w.unregister(1, 1);
        w.open(3, Actor.MONITOR, Place.LASER, 0, false, Style.BIDIRECTIONAL, true);
        w.send(2, 1, 0);
        assertThat(expected(SpoolerWorld.gotKey(1, 2))).as("the channel it holds").isEqualTo("1");
        assertThat(rule(SpoolerWorld.gotKey(1, 2))).isEqualTo("REQ-SPOOL-OVW-018");
        assertThat(expected(SpoolerWorld.howKey(1, 2))).isEqualTo("with a pointer to channel #1");
        assertThat(expected(SpoolerWorld.sendKey(2))).isEqualTo(SpoolerWorld.OK);
        w.send(3, 2, 0);
        assertThat(expected(SpoolerWorld.gotKey(1, 3))).as("a unidirectional channel opened before").isEqualTo("0");
        assertThat(rule(SpoolerWorld.gotKey(1, 3))).isEqualTo("REQ-SPOOL-OVW-017");
        assertThat(expected(SpoolerWorld.sendKey(3))).isEqualTo(SpoolerWorld.NO_LISTENERS);
        w.send(4, 3, 0);
        assertThat(rule(SpoolerWorld.gotKey(1, 4))).as("a channel opened after").isEqualTo("REQ-SPOOL-OVW-017");
        // A bidirectional channel opened before that had not reached it: either, and the send's result with it.
        w.open(4, Actor.DRIVER, Place.LASER, 0, false, Style.BIDIRECTIONAL, true);
        w.register(2, Actor.APP_BOB_1, Place.LASER, 0);
        w.open(5, Actor.MONITOR, Place.LASER, 0, false, Style.BIDIRECTIONAL, true);
        w.unregister(2, 2);
        w.send(5, 5, 0);
        assertThat(w.expectations().get(SpoolerWorld.gotKey(2, 5)).allows("0")).isTrue();
        assertThat(w.expectations().get(SpoolerWorld.gotKey(2, 5)).allows("1")).isTrue();
        assertThat(w.expectations().get(SpoolerWorld.sendKey(5)).allows(SpoolerWorld.NO_LISTENERS)).isTrue();
        assertThat(w.expectations().get(SpoolerWorld.sendKey(5)).allows(SpoolerWorld.OK)).isTrue();
        assertThat(w.listenersWithPointer(5)).as("hearing it does not make it a party").isEmpty();
        // It stays a party of the channel it holds: it may answer and is told the close.
        assertThat(w.listenersWithPointer(1)).containsExactly(1);
        w.close(1, 1, 0, null);
        assertThat(expected(SpoolerWorld.closedKey(1, 1))).isEqualTo(SpoolerWorld.ONCE);
    }

    @Test
    void aSecondUnregisterReportsAlreadyUnregisteredWithEitherSeverityAndChangesNothing() {
        w.register(1, Actor.APP_BOB_1, Place.SERVER, 0);
        w.unregister(1, 1);
        w.unregister(2, 1);
        assertThat(w.expectations().get(SpoolerWorld.unregisterKey(2)).allows(SpoolerWorld.ALREADY_UNREGISTERED_ERROR)).isTrue();
        assertThat(w.expectations().get(SpoolerWorld.unregisterKey(2)).allows(SpoolerWorld.ALREADY_UNREGISTERED_SUCCESS)).isTrue();
        assertThat(w.expectations().get(SpoolerWorld.unregisterKey(2)).allows(SpoolerWorld.OK)).isFalse();
        assertThat(rule(SpoolerWorld.unregisterKey(2))).isEqualTo("REQ-SPOOL-OVW-019");
    }
}
