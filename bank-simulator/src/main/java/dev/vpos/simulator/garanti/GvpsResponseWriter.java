package dev.vpos.simulator.garanti;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes a {@code GVPSResponse} (UTF-8) the way GVP shapes it: Mode, Terminal, Customer, Order, Transaction. */
public final class GvpsResponseWriter {

    public static final String CONTENT_TYPE = "text/xml;charset=UTF-8";

    private GvpsResponseWriter() {}

    public static byte[] write(GarantiAnswer a) {
        GvpsMessage r = a.request();
        StringBuilder x = new StringBuilder(1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><GVPSResponse>");
        leaf(x, "Mode", "");
        x.append("<Terminal>");
        leaf(x, "ProvUserID", get(r, "Terminal/ProvUserID"));
        leaf(x, "UserID", get(r, "Terminal/UserID"));
        leaf(x, "ID", get(r, "Terminal/ID"));
        leaf(x, "MerchantID", get(r, "Terminal/MerchantID"));
        x.append("</Terminal><Customer>");
        leaf(x, "IPAddress", get(r, "Customer/IPAddress"));
        leaf(x, "EmailAddress", get(r, "Customer/EmailAddress"));
        x.append("</Customer><Order>");
        leaf(x, "OrderID", a.orderId());
        leaf(x, "GroupID", "");
        if (a.orderInquiry() != null) {
            x.append("<OrderInqResult>");
            a.orderInquiry().forEach((name, value) -> leaf(x, name, value));
            x.append("</OrderInqResult>");
        }
        if (a.history() != null) {
            x.append("<OrderHistInqResult><OrderTxnList>");
            for (Map<String, String> tx : a.history()) {
                x.append("<OrderTxn>");
                tx.forEach((name, value) -> leaf(x, name, value));
                x.append("</OrderTxn>");
            }
            x.append("</OrderTxnList></OrderHistInqResult>");
        }
        x.append("</Order><Transaction><Response>");
        GarantiVerdict v = a.verdict();
        leaf(x, "Source", v.source());
        leaf(x, "Code", v.code());
        leaf(x, "ReasonCode", v.reasonCode());
        leaf(x, "Message", v.message());
        leaf(x, "ErrorMsg", v.errorMsg());
        leaf(x, "SysErrMsg", v.sysErrMsg());
        x.append("</Response>");
        leaf(x, "RetrefNum", a.retrefNum());
        leaf(x, "AuthCode", a.authCode());
        leaf(x, "BatchNum", a.batchNum());
        leaf(x, "SequenceNum", a.sequenceNum());
        leaf(x, "ProvDate", a.provDate());
        leaf(x, "CardNumberMasked", a.cardMasked());
        leaf(x, "CardHolderName", "");
        leaf(x, "CardType", "");
        leaf(x, "HostMsgList", "");
        return x.append("</Transaction></GVPSResponse>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String get(GvpsMessage r, String path) {
        return r == null ? "" : r.get(path);
    }

    static void leaf(StringBuilder x, String name, String value) {
        x.append('<')
                .append(name)
                .append('>')
                .append(escape(value))
                .append("</")
                .append(name)
                .append('>');
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
