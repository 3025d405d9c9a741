package dev.vpos.simulator.vakifkatilim;

import java.util.Map;

/**
 * The codes the simulated bank answers. Seen in mews/pos's Vakıf Katılım fixtures: the issuer's ISO codes (00, 05,
 * 51), {@code MPIAuthenticationStatusN} (3-D authentication refused), {@code CardNotEnrolled}, {@code OrderDataNotFound},
 * {@code NonResult} (a query found nothing) and {@code MerchantNotDefined}. The others are this simulator's names for
 * answers whose real code is not public (KuveytTürk's where the two banks' platform is known to share one:
 * HashDataError, MetaDataNotFound, EmptyMDException): see docs/families/vakifkatilim.md.
 */
final class VakifKatilimCodes {

    static final String APPROVED = "00";
    static final String MERCHANT = "MerchantNotDefined";
    static final String HASH_ERROR = "HashDataError";
    static final String AUTH_FAILED = "MPIAuthenticationStatusN";
    static final String NOT_ENROLLED = "CardNotEnrolled";
    static final String ORDER_NOT_FOUND = "OrderDataNotFound";
    static final String NO_RESULT = "NonResult";
    static final String NO_METADATA = "MetaDataNotFound";
    static final String EMPTY_MD = "EmptyMDException";
    static final String SECURITY = "InvalidTransactionSecurity";
    static final String DUPLICATE = "DuplicateMerchantOrderId";
    static final String CURRENCY = "InvalidCurrencyCode";
    static final String INVALID_REQUEST = "InvalidRequest";
    static final String ORDER_STATUS = "InvalidOrderStatus";
    static final String INVALID_AMOUNT = "13";
    static final String INVALID_CARD = "14";

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry(APPROVED, "İşlem onaylandı"),
            Map.entry("05", "Hata Kodu5"),
            Map.entry("41", "Kayıp kart, karta el koyunuz."),
            Map.entry("51", "Limit Yetersiz."),
            Map.entry("54", "Kartın son kullanma tarihi geçmiş."),
            Map.entry(INVALID_AMOUNT, "Geçersiz tutar."),
            Map.entry(INVALID_CARD, "Geçersiz kart numarası."),
            Map.entry(MERCHANT, "Uye isyeri kullanici tanimi bulunamadi."),
            Map.entry(HASH_ERROR, "Şifrelenen veriler (Hashdata) uyuşmamaktadır."),
            Map.entry(AUTH_FAILED, "(N)Isleminiz gerceklestirelemedi. Kullanicinin 3d islem yapmasi engellendi."),
            Map.entry(NOT_ENROLLED, "Kart 3D Secure sistemine kayıtlı değil."),
            Map.entry(ORDER_NOT_FOUND, "islem bilgisi bulunamadi."),
            Map.entry(NO_RESULT, "Kriterlere uygun sonuc bulunmamaktadir."),
            Map.entry(NO_METADATA, "Ödeme detayı bulunamadı."),
            Map.entry(EMPTY_MD, "Geçerli bir MD değeri giriniz."),
            Map.entry(SECURITY, "İşlem türü geçersizdir."),
            Map.entry(DUPLICATE, "Bu sipariş numarası ile daha önce onaylanmış işlem vardır."),
            Map.entry(CURRENCY, "Geçersiz para birimi."),
            Map.entry(INVALID_REQUEST, "İstek okunamadı."),
            Map.entry(ORDER_STATUS, "Siparişin durumu bu işleme uygun değil."));

    private VakifKatilimCodes() {}

    static String message(String code) {
        return MESSAGES.getOrDefault(code, "İşlem onaylanmadı.");
    }
}
