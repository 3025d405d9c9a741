package dev.vpos.simulator.tosla;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tosla's 3-D pages without HTTP. 3D Pay: the merchant's page posts the card with the {@code ThreeDSessionId} to
 * {@code ProcessCardForm} ({@link #processCardForm}). 3D Host: the payer's browser opens {@code threeDSecure/<session>}
 * ({@link #hostPage}), the bank's card form, which posts to {@code HostCard} ({@link #hostCard}). Both lead to the ACS
 * password page; its answer ({@link #authenticate}: OTP {@value #OTP} authenticates, anything else or Cancel fails)
 * provisions and records the payment and returns the callback form that posts the signed result to the
 * {@code callbackUrl} registered with the session.
 */
public final class ToslaGate {

    static final String OTP = "123456";

    /** What the browser gets: a page; for a callback also its target and fields (what a test reads). */
    public record Page(Kind kind, String html, String callbackUrl, Map<String, String> callbackFields) {

        public enum Kind {
            CARD_FORM,
            ACS,
            CALLBACK,
            ERROR
        }

        static Page of(Kind kind, String html) {
            return new Page(kind, html, null, Map.of());
        }
    }

    private final ToslaSessions sessions;
    private final ToslaBooking booking;
    private final ToslaOutcomes outcomes;
    private final Clock clock;

    ToslaGate(ToslaSessions sessions, ToslaBooking booking, ToslaOutcomes outcomes, Clock clock) {
        this.sessions = sessions;
        this.booking = booking;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** 3D Pay: the card from the merchant's page, with {@code ExpireDate} as {@code MM/YY}. */
    public Page processCardForm(Map<String, String> form) {
        String expiry = form.getOrDefault("ExpireDate", "");
        if (!expiry.matches("\\d{2}/\\d{2}")) {
            return error("ExpireDate must be MM/YY");
        }
        return card(form.get("ThreeDSessionId"), form.get("CardNo"), expiry.replace("/", ""), form.get("Cvv"));
    }

    /** 3D Host: the bank's own card page of a registered session. */
    public Page hostPage(String sessionId) {
        return registered(sessionId)
                .map(s -> Page.of(Page.Kind.CARD_FORM, ToslaPages.cardForm(s)))
                .orElseGet(() -> error("Oturum bulunamadı / no such 3-D session"));
    }

    /** 3D Host: the card typed on the bank's page ({@code Expiry} as {@code MMYY}). */
    public Page hostCard(Map<String, String> form) {
        return card(form.get("ThreeDSessionId"), form.get("CardNumber"), form.get("Expiry"), form.get("Cvv"));
    }

    private Page card(String sessionId, String pan, String expiryMmYy, String cvv) {
        Optional<ToslaSession> found = registered(sessionId);
        if (found.isEmpty()) {
            return error("Oturum bulunamadı / no such 3-D session");
        }
        List<String> errors = ToslaChecks.card(pan, expiryMmYy, cvv);
        if (!errors.isEmpty()) {
            return error(String.join(" ", errors));
        }
        ToslaSession s = found.get();
        String code = outcomes.code(pan, expiryMmYy, s.amount);
        if (!s.cardEntered(CardNumbers.mask(pan), code, !ToslaOutcomes.NOT_ENROLLED_CARD.equals(pan))) {
            return error("Bu oturumda kart zaten girildi / card already entered");
        }
        return Page.of(Page.Kind.ACS, ToslaPages.acs(s));
    }

    /** The ACS password page's answer. */
    public Page authenticate(Map<String, String> form) {
        Optional<ToslaSession> found = sessions.get(form.get("ThreeDSessionId"), clock.instant())
                .filter(s -> s.stage() == ToslaSession.Stage.CARD_ENTERED);
        if (found.isEmpty()) {
            return error("Oturum bulunamadı / no such 3-D session");
        }
        ToslaSession s = found.get();
        boolean authenticated = s.enrolled() && OTP.equals(form.get("Otp")) && !"Cancel".equals(form.get("Action"));
        String mdStatus = !s.enrolled() ? "2" : authenticated ? "1" : "0";
        if (!authenticated) {
            String code = "MD:" + mdStatus;
            return s.ended(ToslaSession.Stage.FAILED, code)
                    ? callback(s, mdStatus, code, "0")
                    : error("Bu oturum tamamlandı / session already answered");
        }
        if (booking.hasApproved(s.merchant.clientId(), s.orderId)) {
            s.ended(ToslaSession.Stage.FAILED, "MD:1");
            return error("Bu sipariş numarası ile daha önce işlem yapılmış / order id already used");
        }
        String code = s.hostCode();
        if (!s.ended(ToslaSession.Stage.COMPLETED, code)) {
            return error("Bu oturum tamamlandı / session already answered");
        }
        LedgerEntry booked = booking.book(new ToslaBooking.Booking(
                s.merchant.clientId(),
                s.orderId,
                s.amount,
                s.currency,
                Math.max(1, s.installmentCount),
                s.maskedPan(),
                code,
                s.preAuth ? LedgerType.PRE_AUTH : LedgerType.SALE));
        if (booked == null) {
            return error("Bu sipariş numarası ile daha önce işlem yapılmış / order id already used");
        }
        return callback(s, mdStatus, code, LedgerEntry.APPROVED.equals(code) ? "1" : "0");
    }

    private Page callback(ToslaSession s, String mdStatus, String code, String requestStatus) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("ClientId", s.merchant.clientId());
        f.put("OrderId", s.orderId);
        f.put("MdStatus", mdStatus);
        f.put("ThreeDSessionId", s.id);
        f.put("BankResponseCode", code);
        f.put("BankResponseMessage", ToslaOutcomes.MESSAGES.getOrDefault(code, ""));
        f.put("RequestStatus", requestStatus);
        f.put("HashParameters", String.join(",", ToslaHash.CALLBACK_PARAMETERS));
        f.put("Hash", ToslaHash.callback(s.merchant, f));
        return new Page(Page.Kind.CALLBACK, ToslaPages.callback(s.callbackUrl, f), s.callbackUrl, Map.copyOf(f));
    }

    private Optional<ToslaSession> registered(String sessionId) {
        return sessions.get(sessionId, clock.instant()).filter(s -> s.stage() == ToslaSession.Stage.REGISTERED);
    }

    private static Page error(String message) {
        return Page.of(Page.Kind.ERROR, ToslaPages.error(message));
    }
}
