package dev.vpos.shared.domain;

/**
 * A state change the record's state does not allow (a collection already settled, an operation already answered, an
 * approval already decided) — usually another request or the janitor got there first. A domain refusal, answered 409
 * with the record's current state, never a 500 (issue #15 item 4); callers that race on purpose catch it and read the
 * record again.
 */
public class IllegalTransitionException extends RuleViolationException {

    public IllegalTransitionException(String reference, Object from, Object to) {
        super("state.illegalTransition", reference, String.valueOf(from), String.valueOf(to));
    }
}
