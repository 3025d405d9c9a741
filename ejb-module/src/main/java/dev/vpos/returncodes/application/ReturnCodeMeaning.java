package dev.vpos.returncodes.application;

import dev.vpos.returncodes.domain.UnifiedReason;

/** What a bank code means: unified reason, message in the English and Turkish, retry and fraud flags. */
public record ReturnCodeMeaning(
        UnifiedReason reason,
        String messageEn,
        String messageTr,
        boolean retryable,
        boolean fraudSuspected,
        boolean known) {

    public String message(String language) {
        return "tr".equals(language) ? messageTr : messageEn;
    }
}
