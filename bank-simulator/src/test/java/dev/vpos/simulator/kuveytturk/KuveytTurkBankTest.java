package dev.vpos.simulator.kuveytturk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The simulated bank's core: parsing, credential and hash checks, outcomes, faults, the MD rules, duplicates. */
class KuveytTurkBankTest {

    private static final Clock NOV_2026 =
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Istanbul"));
    private static final URI BASE = URI.create("http://bank.test/kuveytturk");
    private final Ledger ledger = new Ledger();
    private final KuveytTurkBank bank =
            new KuveytTurkBank(KuveytTurkMerchants.fromClasspath(), ledger, NOV_2026, new Random(3));

    private static String sale(String order, String amount, String card, String password, String yy) {
        String hash = KuveytTurkHashes.request(
                "496", order, amount, "", "", "apitest", KuveytTurkHashes.sha1Base64(password));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><KuveytTurkVPosMessage><APIVersion>TDV2.0.0</APIVersion>"
                + "<MerchantId>496</MerchantId><CustomerId>400235</CustomerId><UserName>apitest</UserName>"
                + "<TransactionType>Sale</TransactionType><TransactionSecurity>1</TransactionSecurity><MerchantOrderId>"
                + order
                + "</MerchantOrderId><Amount>" + amount + "</Amount><DisplayAmount>" + amount + "</DisplayAmount>"
                + "<CurrencyCode>0949</CurrencyCode><InstallmentCount>0</InstallmentCount><CardHolderName>A B</CardHolderName>"
                + "<CardNumber>" + card + "</CardNumber><CardExpireDateYear>" + yy + "</CardExpireDateYear>"
                + "<CardExpireDateMonth>12</CardExpireDateMonth><CardCVV2>000</CardCVV2><HashData>" + hash
                + "</HashData></KuveytTurkVPosMessage>";
    }

    private KuveytTurkReply post(String xml) {
        return bank.handle(
                KuveytTurkBank.NON_3D, xml.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8", null, BASE);
    }

    private static String code(KuveytTurkReply reply) {
        return reply.text().replaceAll("(?s).*<ResponseCode>([^<]*)</ResponseCode>.*", "$1");
    }

    @Test
    void approvesAndBooksWithAVerifiableAnswerHash() {
        KuveytTurkReply r = post(sale("O1", "10025", "4355084355084358", "api123", "30"));

        assertEquals("00", code(r));
        String rrn = r.text().replaceAll("(?s).*<RRN>(\\d+)</RRN>.*", "$1");
        String orderId = r.text().replaceAll("(?s).*</VPosMessage>.*<OrderId>(\\d+)</OrderId>.*", "$1");
        String hash = r.text().replaceAll("(?s).*<HashData>([^<]+)</HashData>.*", "$1");
        assertEquals(KuveytTurkHashes.response("O1", rrn, "00", orderId, KuveytTurkHashes.sha1Base64("api123")), hash);
        assertEquals(1, ledger.newestFirst(Optional.of("O1")).size());
        assertTrue(r.text().contains("<CardNumber>435508******4358</CardNumber>"));
    }

    @Test
    void aWrongPasswordOrUserIsRefusedAndNotBooked() {
        assertEquals("HashDataError", code(post(sale("O2", "100", "4355084355084358", "nope", "30"))));
        assertEquals(
                "ApiUserNotDefined",
                code(post(sale("O2", "100", "4355084355084358", "api123", "30")
                        .replace("<UserName>apitest<", "<UserName>someone<"))));
        assertEquals(
                "HashDataError",
                code(post(sale("O2", "100", "4355084355084358", "api123", "30")
                        .replace("<Amount>100<", "<Amount>1<")
                        .replace("<DisplayAmount>100<", "<DisplayAmount>1<"))),
                "tampered amount");
        assertEquals("InvalidRequest", code(post("<KuveytTurkVPosMessage><Amount>1")));
        assertTrue(ledger.newestFirst(Optional.empty()).isEmpty());
    }

    @Test
    void outcomesByCardExpiryAndKurus() {
        assertEquals("51", code(post(sale("O3", "1000", "4546711234567894", "api123", "30"))));
        assertEquals("54", code(post(sale("O4", "1000", "4508034508034509", "api123", "30"))));
        assertEquals("05", code(post(sale("O5", "1000", "4000000000000002", "api123", "30"))));
        assertEquals("41", code(post(sale("O6", "1000", "4000000000000044", "api123", "30"))));
        assertEquals("54", code(post(sale("O7", "1000", "4355084355084358", "api123", "25"))), "expired by date");
        assertEquals("51", code(post(sale("O8", "1051", "4355084355084358", "api123", "30"))));
        assertEquals("14", code(post(sale("O9", "1000", "4355084355084359", "api123", "30"))), "fails Luhn");
    }

    @Test
    void magicAmountsAddTransportFaults() {
        assertTrue(
                post(sale("F1", "777777", "4355084355084358", "api123", "30")).slow());
        assertTrue(
                post(sale("F2", "666666", "4355084355084358", "api123", "30")).reset());
        assertEquals(
                500,
                post(sale("F3", "999999", "4355084355084358", "api123", "30")).status());
        KuveytTurkReply malformed = post(sale("F4", "888888", "4355084355084358", "api123", "30"));
        assertTrue(malformed.status() == 200 && !malformed.text().endsWith("</VPosTransactionResponseContract>"));
    }

    @Test
    void anOrderIsApprovedOnce() {
        assertEquals("00", code(post(sale("D1", "100", "4355084355084358", "api123", "30"))));
        assertEquals("DuplicateMerchantOrderId", code(post(sale("D1", "100", "4355084355084358", "api123", "30"))));
    }

    @Test
    void aProvisionNeedsAnAuthenticatedMd() {
        String hash =
                KuveytTurkHashes.request("496", "P1", "100", "", "", "apitest", KuveytTurkHashes.sha1Base64("api123"));
        String provision = "<KuveytTurkVPosMessage><MerchantId>496</MerchantId><CustomerId>400235</CustomerId>"
                + "<UserName>apitest</UserName><HashData>" + hash
                + "</HashData><KuveytTurkVPosAdditionalData><AdditionalData>"
                + "<Key>MD</Key><Data>%s</Data></AdditionalData></KuveytTurkVPosAdditionalData><TransactionType>Sale</TransactionType>"
                + "<InstallmentCount>0</InstallmentCount><Amount>100</Amount><DisplayAmount>100</DisplayAmount>"
                + "<CurrencyCode>0949</CurrencyCode><MerchantOrderId>P1</MerchantOrderId><TransactionSecurity>3</TransactionSecurity>"
                + "</KuveytTurkVPosMessage>";
        assertEquals(
                "EmptyMDException",
                code(bank.handle(
                        KuveytTurkBank.PROVISION,
                        provision.formatted("").getBytes(StandardCharsets.UTF_8),
                        "text/xml",
                        null,
                        BASE)));
        assertEquals(
                "MetaDataNotFound",
                code(bank.handle(
                        KuveytTurkBank.PROVISION,
                        provision.formatted("bm90LWEtbWQ=").getBytes(StandardCharsets.UTF_8),
                        "text/xml",
                        null,
                        BASE)));
        assertEquals(
                "InvalidTransactionSecurity",
                code(post(sale("P2", "100", "4355084355084358", "api123", "30")
                        .replace("<TransactionSecurity>1<", "<TransactionSecurity>3<"))));
    }

    @Test
    void theSoapServiceRefusesAnUnknownOperationWithAFault() {
        KuveytTurkReply r = bank.handle(
                KuveytTurkBank.SERVICE,
                ("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                                + "<s:Body><Transfer/></s:Body></s:Envelope>")
                        .getBytes(StandardCharsets.UTF_8),
                "text/xml",
                null,
                BASE);

        assertEquals(500, r.status());
        assertTrue(r.text().contains("<s:Fault>"));
    }
}
