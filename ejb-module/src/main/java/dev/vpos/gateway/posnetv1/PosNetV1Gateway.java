package dev.vpos.gateway.posnetv1;

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
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * PosNet V1 (Albaraka Türk's MerchantJSONAPI): JSON posted to {@code <endpoint>/<TransactionType>}, every body with
 * a SHA-256 MAC over the fields its {@code MACParams} names and the store key. Sale, Auth (pre-authorisation), Capture
 * (part or all, by the pre-authorisation's {@code ReferenceCode}), Reverse (the whole transaction, same day), Return
 * (part or all, repeatable), TransactionInquiry (status and an itemized history). 3D through the bank's
 * {@code SecureVerification.aspx} and our provision ({@link PosNetV1ThreeDs}); the bank offers no 3D Pay / 3D Host here.
 */
@ApplicationScoped
public class PosNetV1Gateway extends BankAdapter {

    public PosNetV1Gateway() {
        super(GatewayFamily.POSNET_V1, allOperations(), EnumSet.of(PaymentModel.REGULAR, PaymentModel.THREE_D));
    }

    PosNetV1Gateway(BankHttpTransport transport) {
        this();
        connect(transport);
    }

    private PosNetV1Call call() {
        return new PosNetV1Call(channel());
    }

    private PosNetV1Inquiry inquiry() {
        return new PosNetV1Inquiry(call());
    }

    /** The inquiry of an order that cannot exist: "no record" proves the MAC and terminal, a refusal does not. */
    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        return inquiry().check("VPTEST" + Long.toHexString(System.nanoTime()).toUpperCase(), account);
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        return inquiry().status(bankOrderId, account);
    }

    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        return inquiry().history(inquiry, account);
    }

    @Override
    public GatewayResult sale(SaleInstruction sale, GatewayAccount account) {
        return authorize("Sale", sale, account);
    }

    @Override
    public GatewayResult preAuthorize(SaleInstruction sale, GatewayAccount account) {
        return authorize("Auth", sale, account);
    }

    private GatewayResult authorize(String transactionType, SaleInstruction sale, GatewayAccount account) {
        Map<String, Object> f = PosNetV1Call.fields(account, "MerchantNo:TerminalNo:CardNo:Cvc2:ExpireDate:Amount");
        f.put("AdditionalInfoData", null);
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("CardNo", sale.card().digits());
        card.put("ExpireDate", PosNetV1Formats.expiry(sale.expiry()));
        card.put("Cvc2", sale.cvv() == null ? "" : sale.cvv());
        card.put("CardHolderName", "");
        f.put("CardInformationData", card);
        f.put("IsMailOrder", "N");
        f.put("IsRecurring", null);
        f.put("IsTDSecureMerchant", null);
        f.put("PaymentInstrumentType", "CARD");
        f.put("ThreeDSecureData", null);
        putAmount(f, sale.amount(), sale.installments());
        f.put("OrderId", PosNetV1Formats.orderId(sale.bankOrderId()));
        f.put("KOICode", null);
        f.put("MerchantMessageData", null);
        f.put("PointAmount", null);
        return PosNetV1Call.payment(call().send(transactionType, f, account), transactionType);
    }

    static void putAmount(Map<String, Object> f, dev.vpos.shared.domain.Money amount, int installments) {
        f.put("Amount", PosNetV1Formats.amount(amount));
        f.put("CurrencyCode", PosNetV1Formats.currency(amount));
        f.put("InstallmentCount", PosNetV1Formats.installments(installments));
        f.put("InstallmentType", installments > 1 ? "Y" : "N");
    }

    /** Capture of part or all of a pre-authorisation, named by its {@code ReferenceCode}. */
    @Override
    public GatewayResult capture(FollowUp followUp, GatewayAccount account) {
        Optional<String> reference = reference(followUp, account);
        if (reference.isEmpty()) {
            return GatewayResult.notSent("the bank's reference of pre-authorisation " + followUp.bankOrderId()
                    + " is unknown (the inquiry does not show it)");
        }
        Map<String, Object> f = PosNetV1Call.fields(account, "MerchantNo:TerminalNo");
        putAmount(f, followUp.amount(), followUp.installments());
        f.put("ReferenceCode", reference.get());
        return PosNetV1Call.payment(call().send("Capture", f, account), null);
    }

    /** Reverse of the whole order while its batch is open. */
    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        return reverseOrReturn("Reverse", followUp, account);
    }

    /** Return of part or all of a settled order. */
    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        return reverseOrReturn("Return", followUp, account);
    }

    private GatewayResult reverseOrReturn(String transactionType, FollowUp followUp, GatewayAccount account) {
        Optional<PosNetV1Inquiry.Authorization> auth = inquiry().authorization(followUp, account);
        if (auth.isEmpty()) {
            return GatewayResult.notSent("the bank's reference of order " + followUp.bankOrderId()
                    + " is unknown (the inquiry does not show it)");
        }
        Map<String, Object> f = PosNetV1Call.fields(account, "MerchantNo:TerminalNo:ReferenceCode:OrderId");
        f.put("ReferenceCode", auth.get().referenceCode());
        f.put("OrderId", null);
        f.put("TransactionType", auth.get().transactionType());
        if ("Return".equals(transactionType)) {
            f.put("Amount", PosNetV1Formats.amount(followUp.amount()));
            f.put("CurrencyCode", PosNetV1Formats.currency(followUp.amount()));
        }
        return PosNetV1Call.payment(call().send(transactionType, f, account), null);
    }

    private Optional<String> reference(FollowUp followUp, GatewayAccount account) {
        return inquiry().authorization(followUp, account).map(PosNetV1Inquiry.Authorization::referenceCode);
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        return new PosNetV1ThreeDs(call()).start(request, account);
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        return new PosNetV1ThreeDs(call()).finish(callback, account);
    }
}
