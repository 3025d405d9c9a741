package dev.vpos.gateway.garanti;

import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.xml.XmlWriter;
import dev.vpos.shared.domain.CardNumber;
import java.net.URI;
import java.util.Objects;

/**
 * One {@code GVPSRequest} document (UTF-8), and its masked twin for the transaction log: card number reduced to BIN +
 * last 4, CVV, HashData, CAVV and MD replaced by {@code ***}. The HashData is computed here, with the refund user's
 * password for void and refund.
 *
 * @param card     present for a non-3D sale or pre-authorisation only
 * @param secure3d present for the provision after a 3-D authentication only
 */
record GvpsRequest(
        String mode,
        String terminalId,
        String merchantId,
        GarantiCredentials.User user,
        String ip,
        String email,
        Card card,
        String orderId,
        String type,
        String installments,
        String amount,
        String currency,
        String originalRetrefNum,
        Secure3d secure3d) {

    static final String VERSION = "512";
    static final String CONTENT_TYPE = "application/xml; charset=UTF-8";

    record Card(String number, String expireDate, String cvv2) {
        @Override
        public String toString() {
            return "Card[" + CardNumber.mask(number) + "]";
        }
    }

    /** The MPI data of a 3-D authentication: CAVV, ECI, XID and the bank's MD. */
    record Secure3d(String cavv, String eci, String xid, String md) {
        @Override
        public String toString() {
            return "Secure3d[eci=" + eci + "]";
        }
    }

    GvpsRequest {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(type, "type");
    }

    String hashData() {
        return GarantiCrypt.hashData(
                orderId,
                terminalId,
                card == null ? "" : card.number(),
                amount,
                currency,
                GarantiCrypt.securityData(user.password(), terminalId));
    }

    /** The request to {@code VPServlet}. */
    BankRequest to(URI endpoint) {
        return BankRequest.post(endpoint, write(false).bytes(), CONTENT_TYPE, toMaskedXml());
    }

    String toMaskedXml() {
        return write(true).toString();
    }

    private XmlWriter write(boolean masked) {
        XmlWriter x = XmlWriter.utf8().declaration().open("GVPSRequest");
        x.leaf("Mode", mode);
        x.leaf("Version", VERSION);
        x.open("Terminal");
        x.leaf("ProvUserID", user.name());
        x.leaf("UserID", user.name());
        x.leaf("HashData", masked ? "***" : hashData());
        x.leaf("ID", terminalId);
        x.leaf("MerchantID", merchantId);
        x.close("Terminal");
        x.open("Customer");
        x.leaf("IPAddress", ip);
        x.leaf("EmailAddress", email);
        x.close("Customer");
        if (card != null) {
            x.open("Card");
            x.leaf("Number", masked ? CardNumber.mask(card.number()) : card.number());
            x.leaf("ExpireDate", card.expireDate());
            x.leaf("CVV2", masked ? "***" : card.cvv2());
            x.close("Card");
        }
        x.open("Order");
        x.leaf("OrderID", orderId);
        x.leaf("GroupID", "");
        x.close("Order");
        x.open("Transaction");
        x.leaf("Type", type);
        x.leaf("InstallmentCnt", installments);
        x.leaf("Amount", amount);
        x.leaf("CurrencyCode", currency);
        x.leaf("CardholderPresentCode", secure3d == null ? "0" : "13");
        x.leaf("MotoInd", "N");
        if (originalRetrefNum != null) {
            x.leaf("OriginalRetrefNum", originalRetrefNum);
        }
        if (secure3d != null) {
            x.open("Secure3D");
            x.leaf("AuthenticationCode", masked ? "***" : secure3d.cavv());
            x.leaf("SecurityLevel", secure3d.eci());
            x.leaf("TxnID", secure3d.xid());
            x.leaf("Md", masked ? "***" : secure3d.md());
            x.close("Secure3D");
        }
        return x.close("Transaction").close("GVPSRequest");
    }

    @Override
    public String toString() {
        return "GvpsRequest[type=" + type + ", order=" + orderId + ", amount=" + amount + ", card=" + card + "]";
    }
}
