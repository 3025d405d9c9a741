package dev.vpos.gateway.posnet;

import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import dev.vpos.gateway.infrastructure.xml.XmlWriter;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PosNet's XML both ways. A {@code posnetRequest} is written in ISO-8859-9 and wrapped in the form field
 * {@code xmldata} the way PosNet takes it ({@code application/x-www-form-urlencoded}; the XML is percent-encoded so
 * that Base64 {@code +} and {@code /} in a MAC survive). An answer counts only as a {@code posnetResponse} with HTTP
 * 200; for the log the bank's opaque packets and MACs in it are replaced by {@code ***}.
 */
final class PosNetXml {

    static final Charset CHARSET = Charset.forName("ISO-8859-9");
    static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

    private static final Pattern OPAQUE = Pattern.compile("<(data1|data2|sign|mac|bankData|merchantData)>[^<]*</\\1>");

    static final AnswerFormat<XmlNode> POSNET_RESPONSE = AnswerFormat.onHttpOk(
                    CHARSET, body -> XmlNode.parse(body).filter(r -> "posnetResponse".equals(r.name())))
            .masked(text -> OPAQUE.matcher(text).replaceAll("<$1>***</$1>"));

    private PosNetXml() {}

    /** {@code <posnetRequest><mid/><tid/>[<tranDateRequired>1</tranDateRequired>]<op>fields</op></posnetRequest>}. */
    static String request(
            String mid, String tid, boolean tranDateRequired, String operation, Map<String, String> fields) {
        XmlWriter xml = XmlWriter.in(CHARSET).declaration().open("posnetRequest");
        xml.leaf("mid", mid).leaf("tid", tid);
        if (tranDateRequired) {
            xml.leaf("tranDateRequired", "1");
        }
        return xml.element(operation, fields).close("posnetRequest").toString();
    }

    static byte[] formBody(String xml) {
        return ("xmldata=" + URLEncoder.encode(xml, CHARSET)).getBytes(CHARSET);
    }
}
