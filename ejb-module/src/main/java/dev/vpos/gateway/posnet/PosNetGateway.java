package dev.vpos.gateway.posnet;

import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.BankAdapter;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * YapıKredi PosNet: XML {@code posnetRequest} in the form field {@code xmldata}, posted to
 * {@code /PosnetWebService/XML}. Sale and pre-authorisation ({@code sale}/{@code auth}), capture ({@code capt}, partial
 * allowed), void ({@code reverse}, same day), refund ({@code return}, full or partial, after the day end), status and
 * history by order ({@code agreement}), and 3-D Secure in the 3D model (OOS, see {@link PosNetThreeDs}).
 */
@ApplicationScoped
public class PosNetGateway extends BankAdapter {

    public PosNetGateway() {
        super(GatewayFamily.POSNET, allOperations(), EnumSet.of(PaymentModel.REGULAR, PaymentModel.THREE_D));
    }

    PosNetGateway(BankHttpTransport transport) {
        this();
        connect(transport);
    }

    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        String probe = "VPTEST"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase(Locale.ROOT);
        BankReply<XmlNode> call = agreement(PosNetCredentials.of(account), PosNetFormats.orderId(probe))
                .send(channel(), account);
        if (!call.answered()) {
            return new ConnectionCheck(false, false, null, call.exchange().failure(), call.exchange());
        }
        XmlNode r = call.get();
        String code = r.text("respCode");
        boolean rejected = "0".equals(r.text("approved")) && !PosNetAgreement.NOT_FOUND.equals(code);
        return new ConnectionCheck(true, !rejected, code.isEmpty() ? null : code, r.text("respText"), call.exchange());
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        PosNetCredentials credentials = PosNetCredentials.of(account);
        String regular = PosNetFormats.orderId(bankOrderId);
        BankReply<XmlNode> call = agreement(credentials, regular).send(channel(), account);
        if (!PosNetAgreement.notFound(call)) {
            return PosNetAgreement.status(call, regular);
        }
        String threeD = PosNetFormats.threeDOrderReference(bankOrderId);
        return PosNetAgreement.status(agreement(credentials, threeD).send(channel(), account), threeD);
    }

    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        PosNetCredentials credentials = PosNetCredentials.of(account);
        String regular = PosNetFormats.orderId(inquiry.bankOrderId());
        BankReply<XmlNode> call = agreement(credentials, regular).send(channel(), account);
        if (!PosNetAgreement.notFound(call)) {
            return PosNetAgreement.history(call, regular, inquiry.currency());
        }
        String threeD = PosNetFormats.threeDOrderReference(inquiry.bankOrderId());
        return PosNetAgreement.history(
                agreement(credentials, threeD).send(channel(), account), threeD, inquiry.currency());
    }

    @Override
    public GatewayResult sale(SaleInstruction instruction, GatewayAccount account) {
        return authorize("sale", "Sale", instruction, account);
    }

    @Override
    public GatewayResult preAuthorize(SaleInstruction instruction, GatewayAccount account) {
        return authorize("auth", "Auth", instruction, account);
    }

    private GatewayResult authorize(String operation, String tranType, SaleInstruction s, GatewayAccount account) {
        if (!PosNetFormats.supports(s.amount())) {
            return refusedLocally("PosNet does not take " + s.amount().currencyCode());
        }
        String orderId;
        try {
            orderId = PosNetFormats.orderId(s.bankOrderId());
        } catch (IllegalArgumentException e) {
            return refusedLocally(e.getMessage());
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("orderID", orderId);
        f.put("installment", PosNetFormats.installments(s.installments()));
        f.put("amount", PosNetFormats.amount(s.amount()));
        f.put("currencyCode", PosNetFormats.currency(s.amount()));
        f.put("ccno", s.card().digits());
        f.put("expDate", PosNetFormats.expiry(s.expiry()));
        f.put("cvc", s.cvv() == null ? "" : s.cvv());
        PosNetRequest request = new PosNetRequest(PosNetCredentials.of(account), operation, true, f);
        return PosNetResults.read(request.send(channel(), account), orderId, tranType);
    }

    @Override
    public GatewayResult capture(FollowUp followUp, GatewayAccount account) {
        String hostLogKey = followUp.reference(PosNetResults.HOST_LOG_KEY);
        if (hostLogKey.isEmpty()) {
            return refusedLocally("a PosNet capture needs the pre-authorisation's hostLogKey; none was kept");
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("hostLogKey", hostLogKey);
        f.put("amount", PosNetFormats.amount(followUp.amount()));
        f.put("currencyCode", PosNetFormats.currency(followUp.amount()));
        f.put("installment", PosNetFormats.installments(followUp.installments()));
        PosNetRequest request = new PosNetRequest(PosNetCredentials.of(account), "capt", true, f);
        return PosNetResults.read(request.send(channel(), account), orderReference(followUp), "Capt");
    }

    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("transaction", "Auth".equals(followUp.reference(PosNetResults.TRAN_TYPE)) ? "auth" : "sale");
        identify(followUp, f);
        String authCode = followUp.reference(PosNetResults.AUTH_CODE);
        if (!authCode.isEmpty()) {
            f.put("authCode", authCode);
        }
        PosNetRequest request = new PosNetRequest(PosNetCredentials.of(account), "reverse", true, f);
        return PosNetResults.read(request.send(channel(), account), orderReference(followUp), "Reverse");
    }

    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("amount", PosNetFormats.amount(followUp.amount()));
        f.put("currencyCode", PosNetFormats.currency(followUp.amount()));
        identify(followUp, f);
        PosNetRequest request = new PosNetRequest(PosNetCredentials.of(account), "return", true, f);
        return PosNetResults.read(request.send(channel(), account), orderReference(followUp), "Return");
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        return new PosNetThreeDs(channel()).start(request, account);
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        return new PosNetThreeDs(channel()).finish(callback, account);
    }

    /** By the original's hostLogKey when kept (PosNet's own reference), else by its order reference. */
    private static void identify(FollowUp followUp, Map<String, String> f) {
        String hostLogKey = followUp.reference(PosNetResults.HOST_LOG_KEY);
        if (hostLogKey.isEmpty()) {
            f.put("orderID", orderReference(followUp));
        } else {
            f.put("hostLogKey", hostLogKey);
        }
    }

    /** The order as the bank knows it: the XID, or TDSC + XID for a 3-D order. */
    private static String orderReference(FollowUp followUp) {
        String kept = followUp.reference(PosNetResults.ORDER_REFERENCE);
        return kept.isEmpty() ? PosNetFormats.orderId(followUp.bankOrderId()) : kept;
    }

    private static PosNetRequest agreement(PosNetCredentials credentials, String orderReference) {
        return new PosNetRequest(credentials, "agreement", false, Map.of("orderID", orderReference));
    }

    /** Refused before any call (a format PosNet cannot carry): nothing left the building. */
    static GatewayResult refusedLocally(String why) {
        return GatewayResult.notSent(why);
    }
}
