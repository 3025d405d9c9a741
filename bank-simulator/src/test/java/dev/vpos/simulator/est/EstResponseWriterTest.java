package dev.vpos.simulator.est;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class EstResponseWriterTest {

    private static final LocalDateTime TIME = LocalDateTime.of(2026, 11, 23, 13, 5, 9);

    private static EstAnswer approved(String orderId) {
        return new EstAnswer(
                orderId, EstVerdict.approved(), "P12345", "632713000123", "26327MvfH00123", "2518", TIME, "VISA");
    }

    @Test
    void anApprovalHasEveryFieldOfTheGatewayInItsOrder() {
        Cc5Response r = Cc5Response.parse(EstResponseWriter.write(approved("order222")));

        assertEquals(
                List.of(
                        "OrderId",
                        "GroupId",
                        "Response",
                        "AuthCode",
                        "HostRefNum",
                        "ProcReturnCode",
                        "TransId",
                        "ErrMsg",
                        "Extra"),
                childNames(r.root()));
        assertEquals("order222", r.get("OrderId"));
        assertEquals("order222", r.get("GroupId"));
        assertEquals("Approved", r.get("Response"));
        assertEquals("P12345", r.get("AuthCode"));
        assertEquals("632713000123", r.get("HostRefNum"));
        assertEquals("00", r.get("ProcReturnCode"));
        assertEquals("26327MvfH00123", r.get("TransId"));
        assertEquals("", r.get("ErrMsg"));
        assertEquals("2518", r.extra("SETTLEID"));
        assertEquals("20261123 13:05:09", r.extra("TRXDATE"));
        assertEquals("", r.extra("ERRORCODE"));
        assertEquals("00", r.extra("NUMCODE"));
        assertEquals("VISA", r.extra("CARDBRAND"));
        assertEquals("1123-130509", r.extra("HOSTDATE"));
    }

    @Test
    void theDeclarationAndTheBytesAreIso88599() {
        EstAnswer declined = new EstAnswer(
                "sipariş-1",
                EstVerdict.declined("51", "Yetersiz bakiye ığüşöçİ"),
                "",
                "632713000124",
                "26327MvfH00124",
                "2518",
                TIME,
                "MASTERCARD");

        byte[] xml = EstResponseWriter.write(declined);

        assertTrue(new String(xml, StandardCharsets.US_ASCII)
                .startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?>"));
        assertTrue(indexOf(xml, new byte[] {'s', 'i', 'p', 'a', 'r', 'i', (byte) 0xFE}) >= 0, "ş is the byte 0xFE");
        Cc5Response r = Cc5Response.parse(xml);
        assertEquals("sipariş-1", r.get("OrderId"));
        assertEquals("Yetersiz bakiye ığüşöçİ", r.get("ErrMsg"));
    }

    @Test
    void markupInValuesIsEscapedAndReadsBackUnchanged() {
        String nasty = "a<b>&c\"d'e]]>f</OrderId><Response>Approved</Response>";

        byte[] xml = EstResponseWriter.write(approved(nasty));

        assertEquals(nasty, Cc5Response.parse(xml).get("OrderId"));
        assertEquals(1, new String(xml, EstResponseWriter.CHARSET).split("<Response>", -1).length - 1);
    }

    @Test
    void charactersIso88599CannotHoldBecomeCharacterReferences() {
        byte[] xml = EstResponseWriter.write(approved("Жёлтый-€"));

        assertTrue(new String(xml, EstResponseWriter.CHARSET).contains("&#x416;"), "Ж as a reference");
        assertEquals("Жёлтый-€", Cc5Response.parse(xml).get("OrderId"));
    }

    @Test
    void controlCharactersThatXmlCannotCarryAreDropped() {
        assertEquals(
                "ab\tc",
                Cc5Response.parse(EstResponseWriter.write(approved("a\u0001b\tc\u001F")))
                        .get("OrderId"));
    }

    @Test
    void anErrorCarriesItsCoreCodeAndNumericCode() {
        EstAnswer error = EstAnswer.error(
                EstVerdict.error("CORE-2012", "Kredi karti numarasi gecerli formatta degil."),
                "26327MvfH00125",
                TIME,
                "");

        Cc5Response r = Cc5Response.parse(EstResponseWriter.write(error));

        assertEquals("Error", r.get("Response"));
        assertEquals("99", r.get("ProcReturnCode"));
        assertEquals("", r.get("OrderId"));
        assertEquals("", r.get("HostRefNum"));
        assertEquals("26327MvfH00125", r.get("TransId"));
        assertEquals("CORE-2012", r.extra("ERRORCODE"));
        assertEquals("992012", r.extra("NUMCODE"));
    }

    @Test
    void aStatusAnswerHasTheGatewaysStatusLayoutAndKeepsExtraInItsOrder() {
        TreeMap<String, String> extra = new TreeMap<>();
        extra.put("TRANS_STAT", "C");
        extra.put("AUTH_CODE", "P12345");
        extra.put("ORDERSTATUS", "ORD_ID:order222\tTRANS_STAT:C");
        EstStatusAnswer found =
                new EstStatusAnswer(EstVerdict.recordsFound("order222"), "order222", "26327MvfH00123", extra);

        byte[] xml = EstResponseWriter.write(found);

        assertTrue(new String(xml, StandardCharsets.US_ASCII)
                .startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?>"));
        Cc5Response r = Cc5Response.parse(xml);
        assertEquals(List.of("ErrMsg", "ProcReturnCode", "Response", "OrderId", "TransId", "Extra"), r.names());
        assertEquals("Record(s) found for order222", r.get("ErrMsg"));
        assertEquals("00", r.get("ProcReturnCode"));
        assertEquals("Approved", r.get("Response"));
        assertEquals("order222", r.get("OrderId"));
        assertEquals("26327MvfH00123", r.get("TransId"));
        assertEquals(List.of("AUTH_CODE", "ORDERSTATUS", "TRANS_STAT"), r.extraNames());
        assertEquals("ORD_ID:order222\tTRANS_STAT:C", r.extra("ORDERSTATUS"), "tabs survive");
    }

    @Test
    void aStatusAnswerForAnUnknownOrderIsDeclinedWithEmptyIds() {
        EstStatusAnswer unknown = new EstStatusAnswer(
                EstVerdict.noRecordFound("sipariş-9"), "", "", new TreeMap<>(Map.of("NUMCODE", "0")));

        Cc5Response r = Cc5Response.parse(EstResponseWriter.write(unknown));

        assertEquals("No record found for sipariş-9", r.get("ErrMsg"));
        assertEquals("99", r.get("ProcReturnCode"));
        assertEquals("Declined", r.get("Response"));
        assertEquals("", r.get("OrderId"));
        assertEquals("", r.get("TransId"));
        assertEquals(List.of("NUMCODE"), r.extraNames());
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getNodeName());
            }
        }
        return names;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
