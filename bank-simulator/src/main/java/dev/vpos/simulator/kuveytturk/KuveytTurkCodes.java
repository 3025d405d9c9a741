package dev.vpos.simulator.kuveytturk;

import java.util.Map;

/**
 * The codes the simulated bank answers. ISO codes from the issuer (00, 05, 13, 14, 41, 51, 54) and the gateway's own
 * text codes: HashDataError, ApiUserNotDefined, MetaDataNotFound, EmptyMDException, InvalidTransactionSecurity and
 * (SOAP) 21 "already cancelled", 28 "a cancelled transaction cannot be refunded", InvalidRequestError are KuveytTürk's
 * as seen in mews/pos fixtures; CardAuthenticationFailed, CardNotEnrolled, DuplicateMerchantOrderId,
 * InvalidCurrencyCode and InvalidRequest are this simulator's names for answers whose real code is not public.
 */
final class KuveytTurkCodes {

    static final String APPROVED = "00";
    static final String HASH_ERROR = "HashDataError";
    static final String API_USER = "ApiUserNotDefined";
    static final String NO_METADATA = "MetaDataNotFound";
    static final String EMPTY_MD = "EmptyMDException";
    static final String SECURITY = "InvalidTransactionSecurity";
    static final String AUTH_FAILED = "CardAuthenticationFailed";
    static final String NOT_ENROLLED = "CardNotEnrolled";
    static final String DUPLICATE = "DuplicateMerchantOrderId";
    static final String CURRENCY = "InvalidCurrencyCode";
    static final String INVALID_REQUEST = "InvalidRequest";
    static final String INVALID_AMOUNT = "13";
    static final String INVALID_CARD = "14";
    static final String ALREADY_CANCELLED = "21";
    static final String CANCELLED_NOT_REFUNDABLE = "28";
    static final String REQUEST_ERROR = "InvalidRequestError";

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry(APPROVED, "OTORİZASYON VERİLDİ"),
            Map.entry("05", "İşlem onaylanmadı."),
            Map.entry("41", "Kayıp kart, karta el koyunuz."),
            Map.entry("51", "Yetersiz bakiye."),
            Map.entry("54", "Kartın son kullanma tarihi geçmiş."),
            Map.entry(INVALID_AMOUNT, "Geçersiz tutar."),
            Map.entry(INVALID_CARD, "Geçersiz kart numarası."),
            Map.entry(HASH_ERROR, "Şifrelenen veriler (Hashdata) uyuşmamaktadır."),
            Map.entry(API_USER, "Api kullanıcısı tanımlı değildir."),
            Map.entry(NO_METADATA, "Ödeme detayı bulunamadı."),
            Map.entry(EMPTY_MD, "Geçerli bir MD değeri giriniz."),
            Map.entry(SECURITY, "İşlem türü geçersizdir."),
            Map.entry(AUTH_FAILED, "Kart doğrulanamadı."),
            Map.entry(NOT_ENROLLED, "Kart 3D Secure sistemine kayıtlı değil."),
            Map.entry(DUPLICATE, "Bu sipariş numarası ile daha önce onaylanmış işlem vardır."),
            Map.entry(CURRENCY, "Geçersiz para birimi."),
            Map.entry(INVALID_REQUEST, "İstek okunamadı."),
            Map.entry(ALREADY_CANCELLED, "İşlem daha önce iptal edilmiştir."),
            Map.entry(CANCELLED_NOT_REFUNDABLE, "İptal Edilen İşlem İade Yapılamaz"));

    private KuveytTurkCodes() {}

    static String message(String code) {
        return MESSAGES.getOrDefault(code, "İşlem onaylanmadı.");
    }
}
