package dev.vpos.gateway.param;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Param's hashes, all {@code base64(SHA-1(text))} — what Param's own {@code SHA2B64} service computes (checked against
 * its answer for a published input, see {@code ParamHashTest}):
 * <ul>
 *   <li>a sale or 3D start ({@code TP_WMD_UCD}): CLIENT_CODE + GUID + Taksit + Islem_Tutar + Toplam_Tutar +
 *       Siparis_ID, in ISO-8859-9;</li>
 *   <li>a pre-authorisation ({@code TP_Islem_Odeme_OnProv_WMD}): CLIENT_CODE + GUID + Islem_Tutar + Toplam_Tutar +
 *       Siparis_ID + Hata_URL + Basarili_URL;</li>
 *   <li>the 3D callback's {@code islemHash}: islemGUID + md + mdStatus + orderId + GUID;</li>
 *   <li>a 3D Pay start ({@code Pos_Odeme}): CLIENT_CODE + GUID + Taksit + Islem_Tutar + Toplam_Tutar + Siparis_ID +
 *       Hata_URL + Basarili_URL (mews/pos vector {@code qsIY8qDvdTsnALe7AYJiEA5kY20=});</li>
 *   <li>the {@code TURKPOS_RETVAL_*} callback of 3D Pay, a foreign-currency 3D sale and the hosted page:
 *       CLIENT_CODE + GUID + Dekont_ID + Tahsilat_Tutari + Siparis_ID + Islem_ID (mews/pos vector
 *       {@code LOpkL9J8vne8E2j0A0HKOhUWGhI=}).</li>
 * </ul>
 */
final class ParamHash {

    static final Charset TURKISH = Charset.forName("ISO-8859-9");

    private ParamHash() {}

    static String sale(String clientCode, String guid, String installments, String amount, String orderId) {
        return sha1Base64(clientCode + guid + installments + amount + amount + orderId, TURKISH);
    }

    static String preAuthorization(
            String clientCode, String guid, String amount, String orderId, String failUrl, String okUrl) {
        return sha1Base64(clientCode + guid + amount + amount + orderId + failUrl + okUrl, TURKISH);
    }

    static String threeDPay(
            String clientCode,
            String guid,
            String installments,
            String amount,
            String orderId,
            String failUrl,
            String okUrl) {
        return sha1Base64(clientCode + guid + installments + amount + amount + orderId + failUrl + okUrl, TURKISH);
    }

    static String returnValues(
            String clientCode, String guid, String receipt, String collected, String orderId, String transactionId) {
        return sha1Base64(clientCode + guid + receipt + collected + orderId + transactionId, TURKISH);
    }

    static String callback(String islemGuid, String md, String mdStatus, String orderId, String guid) {
        return sha1Base64(islemGuid + md + mdStatus + orderId + guid, StandardCharsets.UTF_8);
    }

    static String sha1Base64(String text, Charset charset) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1").digest(text.getBytes(charset)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from the JDK", e);
        }
    }

    /** Constant-time comparison of a received hash with the expected one. */
    static boolean matches(String expected, String received) {
        return received != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), received.getBytes(StandardCharsets.US_ASCII));
    }
}
