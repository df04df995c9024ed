package notifytck.selftest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import notifytck.run.Check;
import notifytck.run.RuleStatus;
import notifytck.run.RuleVerdict;
import notifytck.run.Verdict;
import notifytck.wire.client.WireImplementation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A program that misbehaves on the wire, once, in one scenario: it exits, is killed, stops
 * answering, writes garbage or half a line, answers with the wrong shape or twice, floods callbacks
 * or stderr, or sends a callback type that does not exist. Each time the scenario at hand fails
 * with the cause named, the program is restarted for the next scenario, the other scenarios pass,
 * and the verdict lists the discarded session.
 *
 * <p>The program is the served reference behind test resource wire/misbehave.py, which relays
 * every line and misbehaves at the first EnableNotification of the third instance it starts (the
 * kit's probe is the first): the first scenario of REQ-MSMQ-ENABLE-002, with the scenarios of
 * REQ-MSMQ-ENABLE-001 before it and the rest of 002 and REQ-MSMQ-ENABLE-003 after it.
 */
class WireMisbehaviourTest {
    static final String SELECT = notifytck.selftest.HostileImplementationsTest.SELECT;
    static final String HIT = "REQ-MSMQ-ENABLE-002";
    static final String HIT_SCENARIO = "No cursor finds a message at the head even though the queue object's cursor is at the end";

    /**
     * A silent program is found within two seconds: the other wire tests' limit. 700 ms failed once
     * with the self-test in three forks, where a child program starting under the load answered
     * hello later. The wire's answer limit is well inside the call deadline, so on a loaded machine
     * the wire, which can say what the program did, still speaks first.
     */
    static final java.time.Duration ANSWER = WirePrograms.ANSWER;
    static final java.util.Map<String, String> SHORT = java.util.Map.of("notifytck.timeout.eventually", "3000", "notifytck.timeout.call", "4000",
            "notifytck.timeout.hold", "5000", "notifytck.timeout.quiet", "300");

    static Stream<Arguments> misbehaviours() {
        return Stream.of(
                Arguments.of("exit", "exited with code 3"),
                Arguments.of("crash", "exited with code 137 (killed by signal 9)"),
                Arguments.of("hang", "did not answer request"),
                Arguments.of("garbage", "not a JSON object: 'this is not json {'"),
                Arguments.of("partial", "wrote part of a line and stopped"),
                Arguments.of("malformed", "does not have the shape the registry gives it"),
                Arguments.of("late", "which is not waiting for an answer"),
                Arguments.of("flood", "flooded the kit"),
                Arguments.of("stderr", "MiB to stderr during one scenario"),
                Arguments.of("unknown-type", "unknown type \"msmq.event.exploded\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misbehaviours")
    void theScenarioAtHandFailsWithTheCauseAndTheOthersPass(String mode, String cause) throws Exception {
        Relayed run = relayed(mode, 3, "msmq.enableNotification", ANSWER, 1, SHORT);
        Verdict v = run.verdict();
        assertThat(run.marker()).as("the relay misbehaved").exists();
        assertThat(v.exit().code()).isEqualTo(1);
        RuleVerdict hit = rule(v, HIT);
        assertThat(hit.status()).isEqualTo(RuleStatus.FAIL);
        List<Check> failed = v.rules().stream().flatMap(r -> r.checks().stream()).filter(c -> c.outcome() != Check.Outcome.PASSED).toList();
        assertThat(failed).as("only the scenario at hand failed").hasSize(1);
        Check c = failed.get(0);
        assertThat(c.name()).isEqualTo(HIT_SCENARIO);
        assertThat(c.outcome()).isEqualTo(Check.Outcome.FAILED);
        assertThat(c.detail()).as("the failure names the cause").contains(cause);
        assertThat(rule(v, "REQ-MSMQ-ENABLE-001").status()).isEqualTo(RuleStatus.PASS);
        assertThat(rule(v, "REQ-MSMQ-ENABLE-003").status()).as("the scenarios after it ran on a restarted program").isEqualTo(RuleStatus.PASS);
        assertThat(hit.checks().stream().filter(x -> x.outcome() == Check.Outcome.PASSED).count()).isEqualTo(hit.checks().size() - 1L);
        assertThat(run.sessions()).as("the first session served up to the break, one more the rest").isEqualTo(2);
        assertThat(v.incidents()).as("the verdict shows what happened, once").singleElement().asString().contains(cause);
    }

    @org.junit.jupiter.api.Test
    void aCallbackAfterStopIsRefusedAndListedWithoutFailingTheNextScenario() throws Exception {
        Relayed run = relayed("after-stop", 3, "none", ANSWER, 1, SHORT);
        Verdict v = run.verdict();
        assertThat(run.marker()).exists();
        assertThat(v.rules().stream().flatMap(r -> r.checks().stream()).filter(c -> c.outcome() != Check.Outcome.PASSED).toList())
                .as("no scenario fails: the one it belonged to had ended, the next did not cause it").isEmpty();
        assertThat(v.incidents()).singleElement().asString().contains("the program called back after stop: msmq.event.arrived");
        assertThat(v.exit().code()).as("an incident fails the run").isEqualTo(1);
        assertThat(run.sessions()).as("the session was kept").isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void aProgramThatAsksForAFreshProcessGetsOneForEveryScenario() throws Exception {
        Relayed run = relayed("fresh", 1, "none", WirePrograms.ANSWER, 2, WirePrograms.TIMEOUTS);
        Verdict v = run.verdict();
        assertThat(v.exit().code()).as(WireConformanceTest.failures(v)).isZero();
        long scenarios = v.rules().stream().flatMap(r -> r.checks().stream()).count();
        assertThat(scenarios).isEqualTo(6);
        assertThat(run.sessions()).as("hello's session, the probe's, and one per scenario").isEqualTo(2 + (int) scenarios);
        assertThat(v.incidents()).isEmpty();
    }

    /** A run of the Python example behind the relay in {@code mode}, and how many sessions it took. */
    record Relayed(Verdict verdict, int sessions, Path marker) {}

    private static Relayed relayed(String mode, int start, String trigger, java.time.Duration answer, int parallel,
                                   java.util.Map<String, String> timeouts) throws java.io.IOException {
        Path marker = Files.createTempDirectory(mode).resolve("done");
        String program = WirePrograms.misbehaving(mode, start, trigger, marker, WirePrograms.pythonExample());
        try (WireImplementation wire = WireImplementation.command(program, answer)) {
            Verdict v = WirePrograms.run(wire, SELECT, parallel, timeouts);
            return new Relayed(v, wire.sessionsOpened(), marker);
        }
    }

    private static RuleVerdict rule(Verdict v, String id) {
        return v.rules().stream().filter(r -> r.rule().id().equals(id)).findFirst().orElseThrow();
    }
}
