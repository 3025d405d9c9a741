package dev.vpos.web.pay;

import dev.vpos.checkout.application.SavedCardCheckout;
import dev.vpos.checkout.application.SavedCardChoice;
import dev.vpos.savedcards.application.SavedCardView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The saved-card part of the hosted page, for a definition whose provider keeps cards (myPOS): inside the pay form,
 * the consent "Save my card at myPOS for next time" and one button per saved card ("Pay with saved card VISA ending
 * 1234"); after the form, one small form per saved card to delete it. The payer is the session's customer account;
 * deleting posts to {@code /pay/{sessionId}/saved-cards/{cardId}/delete}. Kept apart from the page so the page's
 * own layout can change independently.
 */
final class SavedCardSection {

    static final String SAVE_CARD = "saveCard";
    static final String SAVED_CARD = "savedCard";
    private static final Pattern DELETE = Pattern.compile("^/([^/]+)/saved-cards/(\\d+)/delete/?$");

    private SavedCardSection() {}

    /** Inside the pay form, before its "Pay" button: the payer's consent to let myPOS keep the card. */
    static String beforePay(SavedCardCheckout.Offer offer) {
        if (!offer.keepsCards()) {
            return "";
        }
        return "<label class=\"check\"><input type=\"checkbox\" id=\"saveCard\" name=\"" + SAVE_CARD
                + "\" value=\"1\" class=\"check\"> Save my card at myPOS for next time</label>";
    }

    /** Inside the pay form, after its "Pay" button: one button per saved card to pay with. */
    static String afterPay(SavedCardCheckout.Offer offer) {
        if (offer.cards().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(
                "<div id=\"saved-cards\"><p class=\"muted\">Or pay with a card myPOS" + " keeps for you:</p>");
        for (SavedCardView c : offer.cards()) {
            html.append("<button type=\"submit\" class=\"saved-card\" name=\"")
                    .append(SAVED_CARD)
                    .append("\" value=\"")
                    .append(c.id())
                    .append("\" id=\"pay-saved-")
                    .append(c.id())
                    .append("\">Pay with saved card ")
                    .append(Html.esc(c.label()))
                    .append(c.expiry() == null ? "" : " (" + Html.esc(c.expiry()) + ")")
                    .append("</button> ");
        }
        return html.append("</div>").toString();
    }

    /** After the pay form: a delete button per saved card. */
    static String afterForm(String sessionId, Long methodId, SavedCardCheckout.Offer offer) {
        if (offer.cards().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div id=\"saved-card-deletion\"><p class=\"muted\">Saved cards</p>");
        for (SavedCardView c : offer.cards()) {
            html.append("<form method=\"post\" action=\"")
                    .append(Html.esc(sessionId))
                    .append("/saved-cards/")
                    .append(c.id())
                    .append("/delete")
                    .append(methodId == null ? "" : "?method=" + methodId)
                    .append("\"><span>")
                    .append(Html.esc(c.label()))
                    .append("</span> ")
                    .append("<button type=\"submit\" id=\"delete-saved-")
                    .append(c.id())
                    .append("\">Delete</button></form>");
        }
        return html.append("</div>").toString();
    }

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
