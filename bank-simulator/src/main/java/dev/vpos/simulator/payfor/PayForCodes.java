package dev.vpos.simulator.payfor;

import java.util.Map;

/**
 * The PayFor {@code ProcReturnCode}s the simulator answers with, and the bank's (Turkish) {@code ErrMsg} for each.
 * Host answers are ISO 8583 codes ({@code 00}, {@code 51}, ...); the gateway's own checks answer {@code Mnnn}
 * (message/format), {@code Vnnn} (merchant, order and follow-up rules) and {@code MR15} / {@code V034} (3-D).
 */
final class PayForCodes {

    static final String APPROVED = "00";
    static final String DO_NOT_HONOR = "05";
    static final String LOST_CARD = "41";
    static final String INSUFFICIENT_FUNDS = "51";
    static final String EXPIRED_CARD = "54";

    static final String CVV_MISSING = "M005";
    static final String EXPIRY_INVALID = "M006";
    static final String FAIL_URL_MISSING = "M007";
    static final String PAN_INVALID = "M008";
    static final String OK_URL_INVALID = "M010";
    static final String AMOUNT_INVALID = "M012";
    static final String MBR_ID_MISSING = "M013";
    static final String SECURE_TYPE_UNKNOWN = "M014";
    static final String TXN_TYPE_UNKNOWN = "M015";
    static final String USER_CODE_MISSING = "M016";
    static final String USER_PASS_MISSING = "M017";
    static final String AMOUNT_OUT_OF_RANGE = "M019";
    static final String ORDER_ID_MISSING = "M022";
    static final String MERCHANT_ID_MISSING = "M024";
    static final String FIELD_LENGTH = "M025";
    static final String WRONG_SECURE_TYPE = "M026";
    static final String ORG_ORDER_ID_MISSING = "M028";
    static final String HASH_MISMATCH = "M030";
    static final String CURRENCY_INVALID = "M002";
    static final String CURRENCY_MISSING = "M003";
    static final String CARD_NUMBER_INVALID = "M041";
    static final String REQUEST_EMPTY = "M043";
    static final String MERCHANT_NOT_FOUND = "V001";
    static final String USER_NOT_VERIFIED = "V004";
    static final String NOT_FOUND = "V013";
    static final String REFUND_BEFORE_DAY_END = "V014";
    static final String REFUND_EXCEEDS_ORIGINAL = "V015";
    static final String NOT_A_PRE_AUTH = "V016";
    static final String ALREADY_VOIDED = "V017";
    static final String CANNOT_VOID = "V018";
    static final String ALREADY_CLOSED = "V025";
    static final String POST_AUTH_AMOUNT = "V027";
    static final String ORDER_ID_NOT_UNIQUE = "V029";
    static final String THREE_D_AUTHENTICATED = "V033";
    static final String THREE_D_FAILED = "V034";
    static final String ALREADY_REFUNDED = "V037";
    static final String THREE_D_AUTHORIZE_ERROR = "MR15";
    /** What the 3-D gate answers for an order id it has already approved (seen on QNB's test system). */
    static final String GATE_ORDER_ID_USED = "101310";

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry(APPROVED, "Onaylandı"),
            Map.entry(DO_NOT_HONOR, "Red Onaylanmadı"),
            Map.entry(LOST_CARD, "Kayıp Kart, Kartı Alın"),
            Map.entry(INSUFFICIENT_FUNDS, "Limit Yetersiz"),
            Map.entry(EXPIRED_CARD, "Süresi Dolmus Kart"),
            Map.entry(CVV_MISSING, "CVV2 boş olamaz."),
            Map.entry(EXPIRY_INVALID, "Son kullanma tarihi eksik yada hatalı , 4 karakter olmalıdır"),
            Map.entry(FAIL_URL_MISSING, "FailUrl eksik."),
            Map.entry(PAN_INVALID, "Pan eksik yada geçersiz uzunlukta. Pan 13 ile 19 karakter arasında olmalıdır."),
            Map.entry(OK_URL_INVALID, "OkUrl hatalı."),
            Map.entry(AMOUNT_INVALID, "Satın alma miktari eksik yada geçersiz uzunlukta."),
            Map.entry(MBR_ID_MISSING, "Kurum kodu eksik."),
            Map.entry(SECURE_TYPE_UNKNOWN, "Bilinmeyen Güvenlik tipi."),
            Map.entry(TXN_TYPE_UNKNOWN, "Bilinmeyen İşlem tipi."),
            Map.entry(USER_CODE_MISSING, "Kullanıci kodu eksik."),
            Map.entry(USER_PASS_MISSING, "Kullanıcı şifresi eksik."),
            Map.entry(AMOUNT_OUT_OF_RANGE, "İşlem tutarı 0,01 - 200.000 arasında olmalıdır."),
            Map.entry(ORDER_ID_MISSING, "Bu işlem tipi için işlem siparış numarası boş olamaz"),
            Map.entry(MERCHANT_ID_MISSING, "Üye işyeri Numarası eksik."),
            Map.entry(FIELD_LENGTH, "Alan hatali uzunlukta veya hatali karakter iceriyor"),
            Map.entry(WRONG_SECURE_TYPE, "Bu işlem tipi için hatalı güvenlik tipi"),
            Map.entry(ORG_ORDER_ID_MISSING, "Bu İşlem tipi için sipariş numarası boş olamaz"),
            Map.entry(HASH_MISMATCH, "HASH Uyusmazlıgı"),
            Map.entry(CURRENCY_INVALID, "Para birimi kodu geçersiz."),
            Map.entry(CURRENCY_MISSING, "Para birimi kodu eksik."),
            Map.entry(CARD_NUMBER_INVALID, "Geçersiz kart numarası"),
            Map.entry(REQUEST_EMPTY, "Request formu boş olamaz"),
            Map.entry(MERCHANT_NOT_FOUND, "Üye isyeri bulma hatası."),
            Map.entry(USER_NOT_VERIFIED, "Kullanıcı Doğrulanamadı."),
            Map.entry(NOT_FOUND, "Seçili İşlem Bulunamadı!"),
            Map.entry(REFUND_BEFORE_DAY_END, "Bu işlem geri alınamaz, lütfen asıl işlemi iptal edin."),
            Map.entry(REFUND_EXCEEDS_ORIGINAL, "Girilen iade miktari asıl işlem tutarından büyük olamaz"),
            Map.entry(NOT_A_PRE_AUTH, "Seçili İşlem ön provizyon işlemi değildir !"),
            Map.entry(ALREADY_VOIDED, "Bu sipariş zaten iptal edildi."),
            Map.entry(CANNOT_VOID, "Bu işlem iptal edilemez."),
            Map.entry(ALREADY_CLOSED, "Bu provizyon önceden kapatılmıştır."),
            Map.entry(POST_AUTH_AMOUNT, "Girilen tutar orjinal tutarin %15 kadar fazla veya eksik girilebilir."),
            Map.entry(ORDER_ID_NOT_UNIQUE, "OrderID tekil olmalıdır"),
            Map.entry(THREE_D_AUTHENTICATED, "3D Kullanıcı Doğrulama Adımı Başarılı"),
            Map.entry(THREE_D_FAILED, "3D Kullanıcı Doğrulama Adımı Başarısız"),
            Map.entry(ALREADY_REFUNDED, "Sipariş daha once iade edilmistir."),
            Map.entry(THREE_D_AUTHORIZE_ERROR, "3D Secure Authorize Error"),
            Map.entry(GATE_ORDER_ID_USED, "Verilen sipariş no önceden kullanılmıştır."));

    private PayForCodes() {}

    static String message(String code) {
        return MESSAGES.getOrDefault(code, "Sistem Hatası");
    }
}
