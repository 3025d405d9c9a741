package dev.vpos.shared.domain;

/** The named thing does not exist (or is not visible to the caller). */
public class NotFoundException extends BusinessException {

    private final String messageKey;

    public NotFoundException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
