package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import dev.vpos.gateway.param.soap.STIslemBilgi;
import dev.vpos.gateway.param.soap.STSorgulama4Sonuc;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code TP_Islem_Sorgulama4}, Param's status of one order ({@code DT_Bilgi}), as its status (its history is
 * {@link ParamHistoryReading}'s).
 * <ul>
 *   <li>{@code Sonuc -209} (transaction information not found) → the bank has no such order: NOT_SENT / an empty
 *       history; Param's other refusals settle nothing (UNKNOWN).</li>
 *   <li>{@code Islem_Tip} SALE or PRE_AUTH is the authorisation; {@code Durum} SUCCESS, PARTIAL_REFUND or REFUND an
 *       approved one; FAIL or BANK_FAIL declined with the host's {@code PROC_RET_CD} from {@code Bank_Extra}; CANCEL
 *       (voided) needs a person (UNKNOWN); anything else (3-D not finished) UNKNOWN.</li>
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
}
