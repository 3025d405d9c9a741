package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import dev.vpos.gateway.param.soap.STIslemBilgi;
import dev.vpos.gateway.param.soap.STSorgulama4Sonuc;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code TP_Islem_Sorgulama4}, Param's status of one order ({@code DT_Bilgi}), as its status and its history.
 * <ul>
 *   <li>{@code Sonuc -209} (transaction information not found) → the bank has no such order: NOT_SENT / an empty
 *       history; Param's other refusals settle nothing (UNKNOWN).</li>
 *   <li>{@code Islem_Tip} SALE or PRE_AUTH is the authorisation; {@code Durum} SUCCESS, PARTIAL_REFUND or REFUND an
 *       approved one; FAIL or BANK_FAIL declined with the host's {@code PROC_RET_CD} from {@code Bank_Extra}; CANCEL
 *       (voided) needs a person (UNKNOWN); anything else (3-D not finished) UNKNOWN.</li>
 *   <li>History, not itemized: the authorisation line, a capture line for a closed pre-authorisation
 *       ({@code Bank_Extra}'s {@code TRANS_STAT C} and {@code CAPTURE_AMT} in minor units), a void line for CANCEL and
 *       one refund line carrying {@code Toplam_Iade_Tutar}, everything refunded so far.</li>
 * </ul>
 */
final class ParamStatusReading {

    static final String NOT_FOUND = "-209";
    /** Account not found, security error: the definition's credentials are wrong. */
    static final Set<String> CREDENTIALS_REFUSED = Set.of("-100", "-101");

    private static final Set<String> AUTHORIZATIONS = Set.of("SALE", "PRE_AUTH");
    private static final Set<String> APPROVED = Set.of("SUCCESS", "PARTIAL_REFUND", "REFUND");
    private static final Set<String> DECLINED = Set.of("FAIL", "BANK_FAIL");
    static final String CANCELLED = "CANCEL";
    private static final DateTimeFormatter PARAM_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private ParamStatusReading() {}

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }

    static boolean notFound(STSorgulama4Sonuc a) {
        return NOT_FOUND.equals(text(a.getSonuc()));
    }

    static GatewayResult status(BankReply<STSorgulama4Sonuc> reply, String orderId) {
        if (!reply.answered()) {
            return reply.unknown();
        }
        STSorgulama4Sonuc a = reply.get();
        if (notFound(a)) {
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT, NOT_FOUND, text(a.getSonucStr()), null, null, null, reply.exchange());
        }
        Optional<String> unusable = unusable(a, orderId);
        if (unusable.isPresent()) {
            return reply.unknown(unusable.get());
        }
        STIslemBilgi d = a.getDTBilgi();
        String state = text(d.getDurum());
        if (APPROVED.contains(state)) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    ParamAnswer.SUCCESS,
                    text(d.getOdemeSonucAciklama()),
                    d.getBankAuthCode(),
                    d.getBankHostRefNum(),
                    d.getBankTransID(),
                    reply.exchange());
        }
        if (CANCELLED.equals(state)) {
            return reply.unknown("order was cancelled at the bank; needs a person");
        }
        if (DECLINED.contains(state)) {
            String host = extra(d, "PROC_RET_CD");
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    host.isEmpty() ? "-1" : host,
                    text(d.getBankaSonucAciklama()),
                    null,
                    d.getBankHostRefNum(),
                    d.getBankTransID(),
                    reply.exchange());
        }
        return reply.unknown("order is in state " + state + " (3-D not finished?)");
    }

    private static Optional<String> unusable(STSorgulama4Sonuc a, String orderId) {
        if (ParamAnswer.number(a.getSonuc()) <= 0) {
            return Optional.of("the bank refused the inquiry: " + text(a.getSonuc()) + " " + text(a.getSonucStr()));
        }
        STIslemBilgi d = a.getDTBilgi();
        if (d == null) {
            return Optional.of("status answer without DT_Bilgi");
        }
        if (!orderId.equals(text(d.getSiparisID()))) {
            return Optional.of("status answer is for order " + d.getSiparisID() + ", not " + orderId);
        }
        if (!AUTHORIZATIONS.contains(text(d.getIslemTip()))) {
            return Optional.of("status answer names transaction type " + d.getIslemTip());
        }
        return Optional.empty();
    }

    static OrderHistory history(BankReply<STSorgulama4Sonuc> reply, HistoryInquiry inquiry) {
        if (!reply.answered()) {
            return reply.notAnswered();
        }
        STSorgulama4Sonuc a = reply.get();
        if (notFound(a)) {
            return OrderHistory.of(List.of(), false, inquiry.currency(), reply.exchange());
        }
        Optional<String> unusable = unusable(a, inquiry.bankOrderId());
        if (unusable.isPresent()) {
            return reply.notAnswered(unusable.get());
        }
        STIslemBilgi d = a.getDTBilgi();
        String code = inquiry.currency().getCurrencyCode();
        Optional<BigDecimal> total = ParamFormats.readAmount(d.getToplamTutar());
        if (total.isEmpty()) {
            return reply.notAnswered("status answer without a readable Toplam_Tutar: " + d.getToplamTutar());
        }
        String state = text(d.getDurum());
        OffsetDateTime at = time(d.getTarih());
        boolean preAuthorization = "PRE_AUTH".equals(text(d.getIslemTip()));
        GatewayOutcome authorized = DECLINED.contains(state)
                ? GatewayOutcome.DECLINED
                : APPROVED.contains(state) || CANCELLED.equals(state)
                        ? GatewayOutcome.APPROVED
                        : GatewayOutcome.UNKNOWN;
        List<OrderHistory.Line> lines = new ArrayList<>();
        lines.add(line(
                preAuthorization ? HistoryKind.PRE_AUTH : HistoryKind.SALE,
                text(d.getIslemTip()),
                authorized,
                money(total.get(), code),
                d,
                at));
        Optional<BigDecimal> captured = capturedAmount(a);
        if (preAuthorization && captured.isPresent()) {
            lines.add(line(
                    HistoryKind.CAPTURE, "TRANS_STAT C", GatewayOutcome.APPROVED, money(captured.get(), code), d, at));
        }
        if (CANCELLED.equals(state)) {
            BigDecimal voided = preAuthorization && captured.isPresent() ? captured.get() : total.get();
            lines.add(line(HistoryKind.VOID, state, GatewayOutcome.APPROVED, money(voided, code), d, at));
        }
        Optional<BigDecimal> refunded = ParamFormats.readAmount(d.getToplamIadeTutar());
        if (refunded.isPresent() && refunded.get().signum() > 0) {
            lines.add(line(
                    HistoryKind.REFUND,
                    "Toplam_Iade_Tutar",
                    GatewayOutcome.APPROVED,
                    money(refunded.get(), code),
                    d,
                    at));
        }
        return OrderHistory.of(lines, false, inquiry.currency(), reply.exchange());
    }

    /** The closed amount of a pre-authorisation ({@code Bank_Extra}: TRANS_STAT C, CAPTURE_AMT in minor units). */
    static Optional<BigDecimal> capturedAmount(STSorgulama4Sonuc a) {
        STIslemBilgi d = a.getDTBilgi();
        if (d == null || !"PRE_AUTH".equals(text(d.getIslemTip())) || !"C".equals(extra(d, "TRANS_STAT"))) {
            return Optional.empty();
        }
        String minor = extra(d, "CAPTURE_AMT");
        return minor.matches("\\d{1,15}")
                ? Optional.of(BigDecimal.valueOf(Long.parseLong(minor), 2))
                : Optional.empty();
    }

    /** A value of the host's {@code Bank_Extra} XML ({@code <Extra><NAME>..</NAME>}); empty when absent. */
    static String extra(STIslemBilgi d, String name) {
        String xml = d.getBankExtra();
        if (xml == null || xml.isBlank()) {
            return "";
        }
        return XmlNode.parse(xml).map(n -> n.text(name).trim()).orElse("");
    }

    private static Money money(BigDecimal amount, String currency) {
        return Money.of(amount.setScale(2, RoundingMode.HALF_UP), currency);
    }

    private static OffsetDateTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), PARAM_TIME).atZone(ISTANBUL).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OrderHistory.Line line(
            HistoryKind kind,
            String bankType,
            GatewayOutcome outcome,
            Money amount,
            STIslemBilgi d,
            OffsetDateTime at) {
        return new OrderHistory.Line(
                kind,
                bankType,
                outcome,
                amount,
                null,
                ParamAnswer.SUCCESS,
                d.getBankAuthCode(),
                d.getBankHostRefNum(),
                d.getBankTransID(),
                at);
    }
}
