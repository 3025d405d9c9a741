package dev.vpos.gateway.mypos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.mypos.IpcForm;
import dev.vpos.simulator.mypos.MyPosKeys;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * IPC signatures: known answers computed independently with OpenSSL ({@code openssl dgst -sha256 -sign key.pem} over
 * the Base64 text; RSA PKCS#1 v1.5 signatures are deterministic), and the adapter (Bouncy Castle) and the
 * simulator (JDK) verifying each other's. myPOS's published sample signature cannot serve: it does not verify with
 * the published sandbox key (see the protocol notes).
 */
class IpcSignatureTest {

    private static final String TEXT =
            "IPCGetTxnStatus-1.4-EN-000000000000010-61938166610-1-vpos-collections-20261123KAT0001-json";
    private static final String TEXT_BASE64 =
            "SVBDR2V0VHhuU3RhdHVzLTEuNC1FTi0wMDAwMDAwMDAwMDAwMTAtNjE5MzgxNjY2MTAtMS12cG9z"
                    + "LWNvbGxlY3Rpb25zLTIwMjYxMTIzS0FUMDAwMS1qc29u";
    /** {@code printf %s $TEXT_BASE64 | openssl dgst -sha256 -sign demo-merchant.key.pem | base64 -w0} */
    private static final String MERCHANT_SIGNATURE =
            "Uwryk8+IU5f7HY2Kz+fEH+aUq5E2NAF5DDPcumGqVLS8xMkOipenYntPy+lQem918Dtpj1LA/"
                    + "mhEzRxFAjbkpsWxQI72ZVpyrokhZQJmbVvdXXoaq84Z/T2lXWAFyLdIkLxFh6inSxjtkCU8n1i6VIp4WZSsB6we4DS2lzOSm70BocWg3g3"
                    + "TagKPQLtFKE/OFyMYud/kqsAdILVXovqCQggAsPrWvOgrxAWrLTKixUvDb9/JJsHFuzBy1n6AwjvrEUO9KGRPWAMQuGDwPzktGogJ/pGpf"
                    + "iAKdx+XM85EiZ5kbd5DAgZ2yjYy51FoGPXo6a/XVMycuu2NOhK4Waz/qA==";
    /** The same text signed with the simulator's myPOS key. */
    private static final String MYPOS_SIGNATURE =
            "D2M4J2qrpxYlw/epaAprHUIbuuRIuDQHsTIOSTEAzSZZfozxFM3kzuK/l+2ItUCsMsmErQdkg"
                    + "knrOxPUdvg8Fm4eil4GJq2ppWMqxSvbVsNSET5WjiA7EZn+uDgTcqzUOlPmTjroEjlTnXlH/eWjd/WdCnL4QKAbLCg7+2TfEqAvq9xrVx3"
                    + "bLGYlJEiC+xb/URVBv/Fg3nEZttsphgCrLGHlz95ccPuKM4zhGXuxzkCAHodPxGyx8KFN1u51OlwqzhaY7/AiGsdZp9fTp5XeKbvMY/1CT"
                    + "2TX2JFIv9E3yMprRmbDEtQhavPOTe85sd4kK6+0k0IaPA3i4guxSEdtlg==";

    private final PrivateKey merchantKey =
            Pem.privateKey(MyPosSimulatedCheckout.merchantKey()).orElseThrow();
    private final PublicKey myposKey =
            Pem.certificate(MyPosKeys.simulatorCertificatePem()).orElseThrow().getPublicKey();

    private static IpcFields statusRequest() {
        return new IpcFields()
                .add("IPCmethod", "IPCGetTxnStatus")
                .add("IPCVersion", "1.4")
                .add("IPCLanguage", "EN")
                .add("SID", "000000000000010")
                .add("WalletNumber", "61938166610")
                .add("KeyIndex", "1")
                .add("Source", "vpos-collections")
                .add("OrderID", "20261123KAT0001")
                .add("OutputFormat", "json");
    }

    @Test
    void theSignedTextIsBase64OfTheValuesJoinedWithDashesInOrder() {
        assertEquals(TEXT_BASE64, statusRequest().signedText());
        assertEquals(TEXT_BASE64, java.util.Base64.getEncoder().encodeToString(TEXT.getBytes()));
    }

    @Test
    void ourSignatureIsOpenSslsForTheSameKeyAndText() {
        IpcFields signed = statusRequest().signedWith(merchantKey);

        assertEquals(MERCHANT_SIGNATURE, signed.value("Signature"));
        assertEquals(
                "Signature", signed.entries().get(signed.entries().size() - 1).getKey());
    }

    @Test
    void aMyPosSignatureMadeByOpenSslVerifiesAndAnyChangeBreaksIt() {
        assertTrue(IpcSignature.verifies(TEXT_BASE64, MYPOS_SIGNATURE, myposKey));
        assertFalse(IpcSignature.verifies(TEXT_BASE64.replace('S', 'T'), MYPOS_SIGNATURE, myposKey));
        assertFalse(IpcSignature.verifies(TEXT_BASE64, MERCHANT_SIGNATURE, myposKey), "the merchant's is not myPOS's");
        assertFalse(IpcSignature.verifies(TEXT_BASE64, "not base64 at all!", myposKey));
        assertFalse(IpcSignature.verifies(TEXT_BASE64, "", myposKey));
    }

    @Test
    void theSimulatorAndTheAdapterVerifyEachOthersSignatures() {
        IpcForm bySimulator = IpcForm.empty();
        statusRequest().entries().forEach(e -> bySimulator.add(e.getKey(), e.getValue()));
        bySimulator.sign(MyPosKeys.simulatorKey());
        assertTrue(IpcFields.of(bySimulator.fields()).signedBy(myposKey));
        assertEquals(MYPOS_SIGNATURE, bySimulator.get("Signature"));

        IpcFields byAdapter = statusRequest().signedWith(merchantKey);
        IpcForm received = IpcForm.empty();
        byAdapter.entries().forEach(e -> received.add(e.getKey(), e.getValue()));
        PublicKey merchantPublic = MyPosKeysForTests.merchantCertificateKey();
        assertTrue(received.signedBy(merchantPublic));
    }

    @Test
    void aSignatureThatIsNotTheLastPropertyDoesNotCount() {
        IpcFields signed = statusRequest().signedWith(MyPosKeys.simulatorKey());
        IpcFields moved = new IpcFields().add("Signature", signed.value("Signature"));
        statusRequest().entries().forEach(e -> moved.add(e.getKey(), e.getValue()));

        assertTrue(signed.signedBy(myposKey));
        assertFalse(moved.signedBy(myposKey));
    }

    @Test
    void theLogCopyWithholdsCardTokensAndShortensTheSignature() {
        IpcFields f = new IpcFields()
                .add("OrderID", "X1")
                .add("CardToken", "ABCDEF0123456789")
                .add("PAN", "4444")
                .signedWith(merchantKey);

        String masked = f.masked();
        assertTrue(masked.contains("CardToken=***"), masked);
        assertTrue(masked.contains("PAN=4444"));
        assertFalse(masked.contains("ABCDEF0123456789"));
        assertFalse(masked.contains(f.value("Signature")));
        assertEquals(Map.of("OrderID", "X1"), Map.of("OrderID", f.asMap().get("OrderID")));
    }
}
