package dev.vpos.gateway.garanti;

import dev.vpos.shared.domain.CardNumber;
import java.nio.charset.StandardCharsets;
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

    byte[] toXml() {
        return write(false).getBytes(StandardCharsets.UTF_8);
    }

    String toMaskedXml() {
        return write(true);
    }

    private String write(boolean masked) {
        StringBuilder x = new StringBuilder(1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><GVPSRequest>");
        leaf(x, "Mode", mode);
        leaf(x, "Version", VERSION);
        x.append("<Terminal>");
        leaf(x, "ProvUserID", user.name());
        leaf(x, "UserID", user.name());
        leaf(x, "HashData", masked ? "***" : hashData());
        leaf(x, "ID", terminalId);
        leaf(x, "MerchantID", merchantId);
        x.append("</Terminal><Customer>");
        leaf(x, "IPAddress", ip);
        leaf(x, "EmailAddress", email);
        x.append("</Customer>");
        if (card != null) {
            x.append("<Card>");
            leaf(x, "Number", masked ? CardNumber.mask(card.number()) : card.number());
            leaf(x, "ExpireDate", card.expireDate());
            leaf(x, "CVV2", masked ? "***" : card.cvv2());
            x.append("</Card>");
        }
        x.append("<Order>");
        leaf(x, "OrderID", orderId);
        leaf(x, "GroupID", "");
        x.append("</Order><Transaction>");
        leaf(x, "Type", type);
        leaf(x, "InstallmentCnt", installments);
        leaf(x, "Amount", amount);
        leaf(x, "CurrencyCode", currency);
        leaf(x, "CardholderPresentCode", secure3d == null ? "0" : "13");
        leaf(x, "MotoInd", "N");
        if (originalRetrefNum != null) {
            leaf(x, "OriginalRetrefNum", originalRetrefNum);
        }
        if (secure3d != null) {
            x.append("<Secure3D>");
            leaf(x, "AuthenticationCode", masked ? "***" : secure3d.cavv());
            leaf(x, "SecurityLevel", secure3d.eci());
            leaf(x, "TxnID", secure3d.xid());
            leaf(x, "Md", masked ? "***" : secure3d.md());
            x.append("</Secure3D>");
        }
        return x.append("</Transaction></GVPSRequest>").toString();
    }

    private static void leaf(StringBuilder x, String name, String value) {
        x.append('<').append(name).append('>');
        String v = value == null ? "" : value;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&' -> x.append("&amp;");
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '"' -> x.append("&quot;");
                case '\'' -> x.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        x.append(c);
                    }
                }
            }
        }
        x.append("</").append(name).append('>');
    }

    @Override
    public String toString() {
        return "GvpsRequest[type=" + type + ", order=" + orderId + ", amount=" + amount + ", card=" + card + "]";
    }
}
