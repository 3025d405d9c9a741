package dev.vpos.shared.domain;

import java.util.List;

/**
 * The request is well-formed but a business rule forbids it (e.g. enabling a LIVE definition that never had
 * a test approval, deleting a definition that collections use). Nothing was changed.
 */
public class RuleViolationException extends BusinessException {

    private final String messageKey;
    private final transient List<Object> args;

    public RuleViolationException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
