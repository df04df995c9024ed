package notifytck.selftest;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The scenarios and properties as plain JUnit tests against the single implementation on the
 * classpath (the reference), for PIT (-Pmutation), which credits a kill to each scenario. Not run by
 * the test command: it matches no Surefire include. Command runs go through ConformanceRun.
 */
@Suite
@IncludeEngines({"cucumber", "jqwik"})
@SelectDirectories("../../features")
// By name: the properties live in the kit's jar, where a package selector finds nothing (the suite ran
// no property until this was seen in PIT's report: every kill was a scenario's). Kept in step with
// Mechanisms.propertyClasses() by ReferenceSuiteForMutationTest.
@SelectClasses(names = {
        "notifytck.properties.SpoolerOrderingProperties", "notifytck.properties.SpoolerReleaseProperties", "notifytck.properties.SpoolerModelProperties",
        "notifytck.properties.SpoolerConcurrencyProperties",
        "notifytck.properties.MsmqTimeoutProperties", "notifytck.properties.MsmqModelProperties", "notifytck.properties.MsmqConcurrencyProperties",
        "notifytck.properties.RpcModelProperties", "notifytck.properties.RpcConcurrencyProperties", "notifytck.properties.FaxModelProperties"})
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = notifytck.suite.SuiteSettings.GLUE)
@ConfigurationParameter(key = "cucumber.publish.quiet", value = "true")
// A mutant is killed by the first failure: no shrinking, and fewer tries than a conformance run.
@ConfigurationParameter(key = "jqwik.shrinking.default", value = "OFF")
@ConfigurationParameter(key = "jqwik.tries.default", value = "10")
class ReferenceSuiteForMutation {}
