package notifytck.selftest;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The scenarios and properties as plain JUnit tests against the single implementation on the
 * classpath (the reference), for PIT (-Pmutation), which credits a kill to each scenario. Not run by
 * the test command: it matches no Surefire include. Command runs go through ConformanceRun.
 */
@Suite
@IncludeEngines({"cucumber", "jqwik"})
@SelectDirectories("../../features")
@SelectPackages("notifytck.properties")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = notifytck.suite.SuiteSettings.GLUE)
@ConfigurationParameter(key = "cucumber.publish.quiet", value = "true")
class ReferenceSuiteForMutation {}
