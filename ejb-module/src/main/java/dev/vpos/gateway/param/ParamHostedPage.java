package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.param.odeme.ServiceSecuritySoapHeader;
import dev.vpos.gateway.param.odeme.TOPreEncryptingOOS;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Param's 3D Host model: its shared payment page. {@code TO_Pre_Encrypting_OOS} on Param's second service
 * ({@code Service_Odeme.asmx}, namespace {@code https://turkodeme.com.tr/}, the web-service user in the SOAP header
 * {@code ServiceSecuritySoapHeader}; mews/pos) registers the amount ({@code r|}: read-only on the page), the
 * installments, our callback as {@code Return_URL} and our order id as {@code Islem_ID}; its answer is a token, and the
 * payer goes to {@code default.aspx?s=<token>} (a GET, {@link ParamRedirect}) to type the card on Param's page. The
 * bank then posts {@code TURKPOS_RETVAL_*} back ({@link ParamReturnValues}). An answer that is not Base64 is Param's
 * refusal as text ({@code SOAP Güvenlik Hatası.<address>} for credentials it does not accept): declined -101 or -1.
 *
 * <p>Where the service and the page are: Param's test and live addresses for its test and live TurkPos hosts (mews/pos
 * {@code config/pos_*.php}); for any other TurkPos address (the simulator) {@code ../to.ws/Service_Odeme.asmx} and
 * {@code ../default.aspx} beside it.
 */
final class ParamHostedPage {

    static final String PAYMENT_TYPE = "r|Diğer";

    private ParamHostedPage() {}

    static URI service(URI turkPos) {
        return switch (turkPos.getHost() == null ? "" : turkPos.getHost()) {
            case "test-dmz.param.com.tr" -> URI.create("https://test-pos.param.com.tr/to.ws/Service_Odeme.asmx");
            case "posws.param.com.tr" -> URI.create("https://pos.param.com.tr/Tahsilat/to.ws/Service_Odeme.asmx");
            default -> turkPos.resolve("../to.ws/Service_Odeme.asmx");
        };
    }

    static URI page(URI turkPos) {
        return switch (turkPos.getHost() == null ? "" : turkPos.getHost()) {
            case "test-dmz.param.com.tr" -> URI.create("https://test-pos.param.com.tr/default.aspx");
            case "posws.param.com.tr" -> URI.create("https://pos.param.com.tr/Tahsilat/Default.aspx");
            default -> turkPos.resolve("../default.aspx");
        };
    }

    static TOPreEncryptingOOS request(ThreeDsRequest request, ParamCredentials c) {
        ThreeDsSale sale = request.sale();
        TOPreEncryptingOOS r = new TOPreEncryptingOOS();
        r.setBorcluTutar("r|" + ParamFormats.commaAmount(sale.amount()));
        r.setBorcluOdemeTip(PAYMENT_TYPE);
        r.setBorcluAdSoyad("r|");
        r.setBorcluAciklama("r|");
        r.setReturnURL("r|" + request.successUrl());
        r.setIslemID(sale.bankOrderId());
        r.setBorcluKisiTC("");
        r.setTerminalID(c.clientCode());
        r.setBorcluGSM("r|");
        r.setTaksit(ParamFormats.installments(sale.installments()));
        Integer currency = ParamFormats.FOREIGN.get(sale.amount().currencyCode());
        if (currency != null) {
            r.setDovizKodu(currency.toString());
        }
        return r;
    }

    static ServiceSecuritySoapHeader header(ParamCredentials c) {
        ServiceSecuritySoapHeader h = new ServiceSecuritySoapHeader();
        h.setCLIENTCODE(c.clientCode());
        h.setCLIENTUSERNAME(c.clientUsername());
        h.setCLIENTPASSWORD(c.clientPassword());
        return h;
    }

    static ThreeDsStart start(ParamSoapClient soap, ThreeDsRequest request, GatewayAccount account) {
        ParamCredentials c = ParamCredentials.of(account);
        TOPreEncryptingOOS body = request(request, c);
        ServiceSecuritySoapHeader header = header(c);
        BankReply<String> reply = soap.hostedPage(
                account,
                service(account.endpoint()),
                port -> port.toPreEncryptingOOS(body, header).getTOPreEncryptingOOSResult());
        if (!reply.answered()) {
            return ThreeDsStart.failed(reply.failed());
        }
        String token = reply.get().trim();
        if (isToken(token)) {
            URI to = URI.create(page(account.endpoint()) + "?s=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            return ThreeDsStart.page(ParamRedirect.page(to), reply.exchange());
        }
        return ThreeDsStart.failed(new GatewayResult(
                GatewayOutcome.DECLINED,
                token.startsWith("SOAP Güvenlik Hatası") ? "-101" : "-1",
                token,
                null,
                null,
                null,
                reply.exchange()));
    }

    /** Param's token: non-empty strict Base64 (its refusals are plain text). */
    static boolean isToken(String text) {
        if (text.isEmpty() || !text.matches("[A-Za-z0-9+/]+={0,2}")) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(text).length > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
