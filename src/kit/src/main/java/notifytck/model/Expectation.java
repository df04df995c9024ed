package notifytck.model;

/**
 * One observable value a model expects, with the rule the expectation comes from. A model that
 * allows several outcomes keeps several worlds; each world has its own expectations.
 *
 * @param what    the observable, named as a report names it ("event of call #3", "cursor of q1")
 * @param allowed the value, as a string every implementation's observation is rendered to
 * @param rule    the rule ID whose text fixes this value
 */
public record Expectation(String what, String allowed, String rule) {}
