package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.param.soap.STIptalIadeSonuc;
import dev.vpos.gateway.param.soap.STOnProvIptalSonuc;
import dev.vpos.gateway.param.soap.STOnProvKapaSonuc;
import dev.vpos.gateway.param.soap.STWMDPaySonuc;
import dev.vpos.gateway.param.soap.STWMDUCDSonuc;
import java.util.Map;

/**
 * The parts of Param's operation answers the module reads, whichever operation answered: {@code Sonuc} (positive is
 * success; negative numbers are Param's own refusals, -102 hash, -209 no such transaction, ...), its text, the card
 * host's {@code Banka_Sonuc_Kod} (an integer: 5 is the host's {@code 05}), the host's ids and whether the operation's
 * own proof of success is there (a sale's {@code Islem_ID}, a 3D payment's {@code Dekont_ID}).
 *
 * @param proof the operation's own evidence of a booked transaction beside a positive {@code Sonuc}
 */
record ParamAnswer(
        String sonuc,
        String message,
        String hostCode,
        String orderId,
        String authCode,
        String hostRefNum,
        String transId,
        boolean proof) {

    /** Param's {@code Sonuc} of success, reported as the approved code (the catalog's {@code 1}). */
    static final String SUCCESS = "1";

    /**
     * Param's code for an order id used before. Param's real code for it is not published: this is the bank
     * simulator's choice (docs/families/param.md); the adapter never declines on it but asks the order's status.
     */
    static final String ORDER_ID_USED = "-99";

    static ParamAnswer of(STWMDUCDSonuc r) {
        return new ParamAnswer(
                r.getSonuc(),
                r.getSonucStr(),
                r.getBankaSonucKod(),
                r.getSiparisID(),
                r.getBankAuthCode(),
                r.getBankHostRefNum(),
                r.getBankTransID(),
                positive(r.getIslemID()));
    }

    /** A foreign-currency sale's answer: no order id or host references in it, {@code Islem_ID} the bank's id. */
    static ParamAnswer of(dev.vpos.gateway.param.soap.STIslemOdemeWDSonuc r) {
        return new ParamAnswer(
                r.getSonuc(),
                r.getSonucStr(),
                r.getBankaSonucKod(),
                null,
                null,
                null,
                r.getIslemID(),
                positive(r.getIslemID()));
    }

    static ParamAnswer of(STWMDPaySonuc r) {
        return new ParamAnswer(
                r.getSonuc(),
                r.getSonucAck(),
                r.getBankSonucKod(),
                r.getSiparisID(),
                r.getBankAuthCode(),
                r.getBankHostRefNum(),
                r.getBankTransID(),
                positive(r.getDekontID()));
    }

    static ParamAnswer of(STOnProvKapaSonuc r) {
        return new ParamAnswer(
                r.getSonuc(),
                r.getSonucStr(),
                r.getBankaSonucKod(),
                r.getSiparisID(),
                r.getBankAuthCode(),
                r.getBankHostRefNum(),
                r.getBankTransID(),
                true);
    }

    static ParamAnswer of(STIptalIadeSonuc r) {
        return new ParamAnswer(
                r.getSonuc(),
                r.getSonucStr(),
                r.getBankaSonucKod(),
                null,
                r.getBankAuthCode(),
                r.getBankHostRefNum(),
                r.getBankTransID(),
                true);
    }

    static ParamAnswer of(STOnProvIptalSonuc r) {
        return new ParamAnswer(r.getSonuc(), r.getSonucStr(), r.getBankaSonucKod(), null, null, null, null, true);
    }

    boolean succeeded() {
        return number(sonuc) > 0;
    }

    /** The code the module reports for a refusal: the card host's when it gave one, else Param's {@code Sonuc}. */
    String refusalCode() {
        long host = number(hostCode);
        if (host > 0 && host < 100) {
            return String.format("%02d", host);
        }
        return sonuc == null || sonuc.isBlank() ? "" : sonuc.trim();
    }

    static long number(String text) {
        if (text == null || !text.trim().matches("-?\\d{1,18}")) {
            return 0;
        }
        return Long.parseLong(text.trim());
    }

    private static boolean positive(String text) {
        return number(text) > 0;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /**
     * Reads an operation's answer for {@code orderId}: success with its proof approved; {@link #ORDER_ID_USED} unknown
     * (ask the status); success without the proof, or an answer for another order, unknown; any other refusal
     * declined with {@link #refusalCode()}.
     */
    static GatewayResult result(BankReply<ParamAnswer> reply, String orderId, Map<String, String> references) {
        if (!reply.answered()) {
            return reply.failed();
        }
        ParamAnswer a = reply.get();
        if (a.orderId() != null && !a.orderId().isEmpty() && !a.orderId().equals(orderId)) {
            return reply.unknown("answer is for order " + a.orderId() + ", not " + orderId);
        }
        if (ORDER_ID_USED.equals(text(a.sonuc()).trim())) {
            return reply.orderIdAlreadyUsed(a.sonuc(), text(a.message()));
        }
        if (a.succeeded() && !a.proof()) {
            return reply.unknown("Sonuc " + a.sonuc() + " without the transaction's number");
        }
        if (a.succeeded()) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    SUCCESS,
                    text(a.message()),
                    a.authCode(),
                    a.hostRefNum(),
                    a.transId(),
                    references,
                    reply.exchange());
        }
        if (a.refusalCode().isEmpty()) {
            return reply.unknown("answer without a Sonuc");
        }
        return new GatewayResult(
                GatewayOutcome.DECLINED,
                a.refusalCode(),
                text(a.message()),
                null,
                a.hostRefNum(),
                a.transId(),
                reply.exchange());
    }
}
