package dev.vpos.simulator.posnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The simulated PosNet XML service: parsing, merchant and MAC checks, outcomes and the ledger's follow-up rules. */
class PosNetBankTest {

    static final String MID = "6706598320";
    static final String TID = "67005551";
    static final PosNetMerchants.Merchant MERCHANT =
            PosNetMerchants.fromClasspath().find(MID, TID).orElseThrow();

    private final Ledger ledger = new Ledger();
    private final PosNetBank bank = new PosNetBank(
            PosNetMerchants.fromClasspath(),
            ledger,
            Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneId.of("Europe/Istanbul")),
            new Random(7));

    @Test
    void approvesASaleAndBooksItWithTheCodesItAnswered() {
        String xml = answer(sale("VP260115AAAAAAAAAAA1", "12540", "4355084355084358"));
        assertEquals("1", text(xml, "approved"));
        LedgerEntry e = ledger.entriesOf("POSNET", MID, "VP260115AAAAAAAAAAA1").get(0);
        assertEquals(text(xml, "hostlogkey"), e.hostRefNum());
        assertEquals(text(xml, "authCode"), e.authCode());
        assertEquals(new BigDecimal("125.40"), e.amount());
        assertEquals("TL", e.currency());
        assertEquals("435508******4358", e.maskedPan());
        assertEquals(LedgerType.SALE, e.type());
    }

    @Test
    void readsTheFormFieldWhetherOrNotTheXmlIsPercentEncoded() {
        String raw = "xmldata=" + xml("sale", saleFields("VP260115AAAAAAAAAAA2", "100", "4355084355084358"));
        PosNetBank.Reply reply =
                bank.handle(raw.getBytes(StandardCharsets.ISO_8859_1), "application/x-www-form-urlencoded");
        assertEquals("1", text(new String(reply.xml(), PosNetAnswer.CHARSET), "approved"));
    }

    @Test
    void refusesAnUnknownMerchantOrTerminalWith0148() {
        String xml = "<posnetRequest><mid>" + MID + "</mid><tid>99999999</tid><sale></sale></posnetRequest>";
        String answer = new String(
                bank.handle(form(xml), "application/x-www-form-urlencoded").xml(), PosNetAnswer.CHARSET);
        assertEquals("0148", text(answer, "respCode"));
        assertEquals(
                "0030",
                text(
                        new String(
                                bank.handle(
                                                "xmldata=<nope".getBytes(StandardCharsets.ISO_8859_1),
                                                "application/x-www-form-urlencoded")
                                        .xml(),
                                PosNetAnswer.CHARSET),
                        "respCode"));
    }

    @Test
    void declinesByCardAndByKurus() {
        assertEquals("0051", text(answer(sale(id(1), "1000", "4546711234567894")), "respCode"));
        assertEquals("0054", text(answer(sale(id(2), "1000", "4508034508034509")), "respCode"));
        assertEquals("0005", text(answer(sale(id(3), "1000", "4000000000000002")), "respCode"));
        assertEquals("0041", text(answer(sale(id(4), "1000", "4000000000000044")), "respCode"));
        assertEquals("0041", text(answer(sale(id(5), "1041", "5401341234567891")), "respCode"));
        assertEquals("0014", text(answer(sale(id(6), "1000", "4355084355084359")), "respCode"));
        assertEquals("0", ledger.entriesOf("POSNET", MID, id(1)).get(0).isApproved() ? "1" : "0");
    }

    @Test
    void faultAmountsAreMarkedAndHttp500IsNotProcessed() {
        assertEquals(
                PosNetFault.SLOW_ANSWER,
                bank.handle(sale(id(1), "777777", "4355084355084358"), FORM).fault());
        assertEquals(
                PosNetFault.MALFORMED,
                bank.handle(sale(id(2), "888888", "4355084355084358"), FORM).fault());
        assertEquals(
                PosNetFault.RESET,
                bank.handle(sale(id(3), "666666", "4355084355084358"), FORM).fault());
        assertEquals(
                PosNetFault.HTTP_500,
                bank.handle(sale(id(4), "999999", "4355084355084358"), FORM).fault());
        assertTrue(ledger.entriesOf("POSNET", MID, id(4)).isEmpty());
        assertEquals(1, ledger.entriesOf("POSNET", MID, id(1)).size());
    }

    @Test
    void aSecondApprovalOfTheSameOrderIsAlreadyProcessed() {
        answer(sale(id(1), "1000", "4355084355084358"));
        String again = answer(sale(id(1), "1000", "4355084355084358"));
        assertEquals("2", text(again, "approved"));
        assertEquals("0127", text(again, "respCode"));
    }

    @Test
    void captureOnlyOnceAndUpToThePreAuthorisation() {
        String auth = answer(request("auth", saleFields(id(1), "10000", "4355084355084358")));
        String key = text(auth, "hostlogkey");
        assertEquals("0013", text(answer(capt(key, "10001")), "respCode"));
        assertEquals("1", text(answer(capt(key, "6000")), "approved"));
        assertEquals("0012", text(answer(capt(key, "1000")), "respCode"));
        assertEquals("0123", text(answer(capt("000000000000000000", "1000")), "respCode"));
    }

    @Test
    void reverseWhileTheBatchIsOpenReturnAfterTheDayEnd() {
        String sale = answer(sale(id(1), "5000", "4355084355084358"));
        String key = text(sale, "hostlogkey");
        assertEquals("0012", text(answer(ret(key, "1000")), "respCode"), "same day: reverse, not return");
        ledger.closeBatch("POSNET");
        assertEquals("0012", text(answer(reverse(key)), "respCode"), "after the day end: return, not reverse");
        assertEquals("1", text(answer(ret(key, "2000")), "approved"));
        assertEquals("0013", text(answer(ret(key, "3001")), "respCode"));
        assertEquals("1", text(answer(ret(key, "3000")), "approved"));
        assertEquals(
                BigDecimal.ZERO.setScale(2), ledger.order("POSNET", MID, id(1)).refundable());

        String other = answer(sale(id(2), "5000", "4355084355084358"));
        assertEquals("1", text(answer(reverse(text(other, "hostlogkey"))), "approved"));
        assertEquals("0012", text(answer(reverse(text(other, "hostlogkey"))), "respCode"));
    }

    @Test
    void agreementListsTheOrdersTransactionsTheTurkishWay() {
        String auth = answer(request("auth", saleFields(id(1), "123456", "4355084355084358")));
        answer(capt(text(auth, "hostlogkey"), "100000"));
        String xml = answer(request("agreement", Map.of("orderID", id(1))));
        assertEquals("1", text(xml, "approved"));
        assertTrue(xml.contains("<amount>1.234,56</amount>"), xml);
        assertTrue(xml.contains("<state>Auth</state>") && xml.contains("<state>Capt</state>"), xml);
        assertEquals("0123", text(answer(request("agreement", Map.of("orderID", id(9)))), "respCode"));
    }

    @Test
    void resolveRefusesAWrongMacOrSign() {
        Map<String, String> payment = new LinkedHashMap<>(Map.of(
                "mid",
                MID,
                "tid",
                TID,
                "xid",
                id(1),
                "amount",
                "1000",
                "currency",
                "TL",
                "installment",
                "00",
                "tranType",
                "Sale"));
        String merchantPacket = PosNetPackets.seal(MERCHANT, payment);
        String bankPacket = PosNetPackets.seal(
                MERCHANT,
                Map.of("ccno", "4355084355084358", "expDate", "3012", "cvc", "123", "mdStatus", "1", "txStatus", "Y"));
        String sign = PosNetPackets.sign(MERCHANT, merchantPacket, bankPacket);
        String goodMac = PosNetMac.requestMac(id(1), "1000", "TL", MERCHANT);
        assertEquals("1", text(answer(resolve(bankPacket, merchantPacket, sign, goodMac)), "approved"));
        String wrongMac = PosNetMac.requestMac(id(1), "999", "TL", MERCHANT);
        assertEquals("E216", text(answer(resolve(bankPacket, merchantPacket, sign, wrongMac)), "respCode"));
        assertEquals(
                "E216",
                text(answer(resolve(bankPacket, merchantPacket, "00" + sign.substring(2), goodMac)), "respCode"));
    }

    // ----------------------------------------------------------------------------------------------------------

    static final String FORM = "application/x-www-form-urlencoded";

    private String answer(byte[] body) {
        return new String(bank.handle(body, FORM).xml(), PosNetAnswer.CHARSET);
    }

    static String id(int n) {
        return String.format("VP260115TEST%08d", n);
    }

    static byte[] sale(String order, String amount, String pan) {
        return request("sale", saleFields(order, amount, pan));
    }

    static Map<String, String> saleFields(String order, String amount, String pan) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("orderID", order);
        f.put("installment", "00");
        f.put("amount", amount);
        f.put("currencyCode", "TL");
        f.put("ccno", pan);
        f.put("expDate", "3012");
        f.put("cvc", "123");
        return f;
    }

    static byte[] capt(String hostLogKey, String amount) {
        return request(
                "capt",
                new LinkedHashMap<>(
                        Map.of("hostLogKey", hostLogKey, "amount", amount, "currencyCode", "TL", "installment", "00")));
    }

    static byte[] ret(String hostLogKey, String amount) {
        return request(
                "return",
                new LinkedHashMap<>(Map.of("amount", amount, "currencyCode", "TL", "hostLogKey", hostLogKey)));
    }

    static byte[] reverse(String hostLogKey) {
        return request("reverse", new LinkedHashMap<>(Map.of("transaction", "sale", "hostLogKey", hostLogKey)));
    }

    static byte[] resolve(String bankData, String merchantData, String sign, String mac) {
        return request(
                "oosResolveMerchantData",
                new LinkedHashMap<>(
                        Map.of("bankData", bankData, "merchantData", merchantData, "sign", sign, "mac", mac)));
    }

    static byte[] request(String operation, Map<String, String> fields) {
        return form(xml(operation, fields));
    }

    static String xml(String operation, Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><posnetRequest><mid>")
                .append(MID)
                .append("</mid><tid>")
                .append(TID)
                .append("</tid><tranDateRequired>1</tranDateRequired><")
                .append(operation)
                .append('>');
        fields.forEach((k, v) -> xml.append('<')
                .append(k)
                .append('>')
                .append(v)
                .append("</")
                .append(k)
                .append('>'));
        return xml.append("</").append(operation).append("></posnetRequest>").toString();
    }

    static byte[] form(String xml) {
        return ("xmldata=" + URLEncoder.encode(xml, PosNetAnswer.CHARSET)).getBytes(StandardCharsets.ISO_8859_1);
    }

    static String text(String xml, String element) {
        Matcher m =
                Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(xml);
        return m.find() ? m.group(1) : "";
    }
}
