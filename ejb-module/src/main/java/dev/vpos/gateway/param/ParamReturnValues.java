package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.LogText;
import dev.vpos.gateway.param.soap.STSorgulama4Sonuc;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Param's {@code TURKPOS_RETVAL_*} post: the end of a 3D Pay sale, of a foreign-currency 3D sale and of the hosted
 * page, which the bank has already completed (mews/pos fixtures). Checked before anything else, else refused and
 * nothing changes: the fields present, {@code TURKPOS_RETVAL_Hash} = SHA-1 of CLIENT_CODE + GUID + Dekont_ID +
 * Tahsilat_Tutari + Siparis_ID + Islem_ID computed with <em>our</em> client code and GUID (constant time), the posted
 * GUID ours, the order ours, the collected amount ours and the currency ({@code PB}: {@code TL} for lira) ours.
 *
 * <p>The hash proves little on its own: its only secret, the GUID, is itself posted back through the payer's browser
 * (mews/pos fixtures), and {@code Sonuc} is outside it. So the outcome is never taken from the post: the bank is asked
 * server to server ({@code TP_Islem_Sorgulama4}, with the web-service password) and its answer decides — approved with
 * our amount → APPROVED; declined → DECLINED with the host's code; an order the bank does not know → DECLINED when the
 * post says it failed ({@code MD:0}, 3-D authentication, unless a host code above 0 came back), UNKNOWN when it says
 * paid; no answer → UNKNOWN for the janitor.
 */
final class ParamReturnValues {

    static final String PREFIX = "TURKPOS_RETVAL_";
    static final FieldMasking MASKING =
            FieldMasking.of(Set.of(PREFIX + "Hash", PREFIX + "GUID"), Set.of(PREFIX + "KK_No"));
    private static final List<String> REQUIRED =
            List.of("Sonuc", "GUID", "Dekont_ID", "Tahsilat_Tutari", "Siparis_ID", "Islem_ID", "Hash");

    private final ParamSoapClient soap;

    ParamReturnValues(ParamSoapClient soap) {
        this.soap = soap;
    }

    ThreeDsFinish finish(ThreeDsCallback callback, GatewayAccount account) {
        Map<String, String> p = callback.posted();
        BankExchange log = new BankExchange(null, 0, null, LogText.cap(LogText.fields(p, "&", MASKING)), null);
        Optional<String> problem = problem(callback, ParamCredentials.of(account));
        if (problem.isPresent()) {
            return ThreeDsFinish.rejected(problem.get(), log);
        }
        String orderId = p.get(PREFIX + "Siparis_ID");
        BankReply<STSorgulama4Sonuc> reply = ParamGateway.inquiry(soap, orderId, account);
        GatewayResult status = ParamStatusReading.status(reply, orderId);
        boolean postedPaid =
                ParamAnswer.number(p.get(PREFIX + "Sonuc")) > 0 && ParamAnswer.number(p.get(PREFIX + "Dekont_ID")) > 0;
        GatewayResult result = switch (status.outcome()) {
            case APPROVED ->
                approvedAmount(reply.get(), callback)
                        ? status
                        : reply.unknown("the bank's amount "
                                + reply.get().getDTBilgi().getToplamTutar() + " is not the payment's "
                                + callback.expected().amount());
            case NOT_SENT ->
                postedPaid
                        ? reply.unknown("the post says paid, the bank knows no order " + orderId)
                        : declined(p, reply.exchange());
            default -> status;
        };
        if (!orderId.equals(callback.expected().bankOrderId())) {
            // the hosted page's order is numbered by Param: its follow-ups name Param's Siparis_ID
            result = new GatewayResult(
                    result.outcome(),
                    result.bankCode(),
                    result.bankMessage(),
                    result.authCode(),
                    result.hostRefNum(),
                    result.transId(),
                    Map.of(ParamGateway.PARAM_ORDER, orderId),
                    result.exchange());
        }
        return ThreeDsFinish.completed(result, log);
    }

    private static boolean approvedAmount(STSorgulama4Sonuc a, ThreeDsCallback callback) {
        String total = a.getDTBilgi() == null ? null : a.getDTBilgi().getToplamTutar();
        if (total == null || total.isBlank()) {
            return true;
        }
        Optional<BigDecimal> amount = ParamFormats.readAmount(total.trim());
        return amount.isPresent()
                && amount.get().compareTo(callback.expected().amount().amount()) == 0;
    }

    private static GatewayResult declined(Map<String, String> p, BankExchange exchange) {
        long host = ParamAnswer.number(p.get(PREFIX + "Banka_Sonuc_Kod"));
        String code = host > 0 ? String.format("%02d", host) : "MD:0";
        return new GatewayResult(
                GatewayOutcome.DECLINED, code, p.getOrDefault(PREFIX + "Sonuc_Str", ""), null, null, null, exchange);
    }

    /** Why the post is not to be trusted; empty when it is. */
    static Optional<String> problem(ThreeDsCallback callback, ParamCredentials c) {
        Map<String, String> p = callback.posted();
        for (String name : REQUIRED) {
            if (p.get(PREFIX + name) == null) {
                return Optional.of("callback without " + PREFIX + name);
            }
        }
        String expected = ParamHash.returnValues(
                c.clientCode(),
                c.guid(),
                p.get(PREFIX + "Dekont_ID"),
                p.get(PREFIX + "Tahsilat_Tutari"),
                p.get(PREFIX + "Siparis_ID"),
                p.get(PREFIX + "Islem_ID"));
        if (!ParamHash.matches(expected, p.get(PREFIX + "Hash"))) {
            return Optional.of("callback TURKPOS_RETVAL_Hash does not verify");
        }
        if (!c.guid().equalsIgnoreCase(p.get(PREFIX + "GUID").trim())) {
            return Optional.of("callback names another merchant's GUID");
        }
        boolean hosted = callback.model() == dev.vpos.gateway.domain.PaymentModel.THREE_D_HOST;
        String ours = hosted ? p.get(PREFIX + "Islem_ID") : p.get(PREFIX + "Siparis_ID");
        if (!callback.expected().bankOrderId().equals(ours)) {
            return Optional.of("callback is for " + (hosted ? "Islem_ID " : "order ") + ours + ", not "
                    + callback.expected().bankOrderId());
        }
        if (p.get(PREFIX + "Siparis_ID").isBlank()
                || p.get(PREFIX + "Siparis_ID").length() > 50) {
            return Optional.of("callback without a usable TURKPOS_RETVAL_Siparis_ID");
        }
        Optional<BigDecimal> collected = ParamFormats.readAmount(p.get(PREFIX + "Tahsilat_Tutari"));
        if (collected.isEmpty()
                || collected.get().compareTo(callback.expected().amount().amount()) != 0) {
            return Optional.of("callback amount " + p.get(PREFIX + "Tahsilat_Tutari") + " is not the payment's "
                    + callback.expected().amount());
        }
        String currency = p.get(PREFIX + "PB");
        String ourCurrency = callback.expected().amount().currencyCode();
        if (currency != null
                && !currency.isBlank()
                && !(ParamFormats.LIRA.equals(ourCurrency) ? Set.of("TL", "TRY", "TRL") : Set.of(ourCurrency))
                        .contains(currency.trim())) {
            return Optional.of("callback currency " + currency + " is not the payment's " + ourCurrency);
        }
        return Optional.empty();
    }
}
