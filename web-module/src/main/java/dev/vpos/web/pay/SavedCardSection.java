package dev.vpos.web.pay;

import dev.vpos.checkout.application.SavedCardChoice;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the saved-card part of the hosted page posts, for a definition whose provider keeps cards (myPOS): with the pay
 * form, the consent {@code saveCard=1} ("Save my card at myPOS for next time") or the saved card to pay with
 * ({@code savedCard=<id>}, the button the payer pressed); and the deletion of a saved card, posted to
 * {@code /pay/{sessionId}/saved-cards/{cardId}/delete}. The payer is the session's customer account. The page's
 * script draws these controls (assets/payer/pay.js).
 */
final class SavedCardSection {

    static final String SAVE_CARD = "saveCard";
    static final String SAVED_CARD = "savedCard";
    private static final Pattern DELETE = Pattern.compile("^/([^/]+)/saved-cards/(\\d+)/delete/?$");

    private SavedCardSection() {}

    /** The payer's choice as posted with the pay form. */
    static SavedCardChoice choice(HttpServletRequest req) {
        String saved = req.getParameter(SAVED_CARD);
        Long savedCardId = null;
        if (saved != null && saved.matches("\\d{1,18}")) {
            savedCardId = Long.valueOf(saved);
        }
        return new SavedCardChoice(savedCardId, "1".equals(req.getParameter(SAVE_CARD)));
    }

    /** A payer's request to delete a saved card: {@code /{sessionId}/saved-cards/{cardId}/delete}. */
    record Deletion(String sessionId, long cardId) {}

    static Optional<Deletion> deletion(String pathInfo) {
        Matcher m = DELETE.matcher(pathInfo == null ? "" : pathInfo);
        return m.matches() ? Optional.of(new Deletion(m.group(1), Long.parseLong(m.group(2)))) : Optional.empty();
    }
}
