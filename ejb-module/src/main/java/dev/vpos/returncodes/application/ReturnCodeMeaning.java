package dev.vpos.returncodes.application;

import dev.vpos.returncodes.domain.UnifiedReason;
import dev.vpos.shared.domain.Language;

/**
 * What a bank code means: the unified reason, retry and fraud flags, and whether the catalog knew the code. Its
 * message is the unified reason's text in the asked language, the same for every family ({@link ReasonTexts}).
 */
public record ReturnCodeMeaning(UnifiedReason reason, boolean retryable, boolean fraudSuspected, boolean known) {

    /** The reason in words, in a language tag such as "en", "tr" or "ar" (English for any other). */
    public String message(String language) {
        return ReasonTexts.text(reason, Language.of(language).orElse(Language.EN));
    }
}
