package dev.vpos.gateway.domain;

/** A protocol family: banks and providers that speak the same VPOS protocol share one adapter. */
public enum GatewayFamily {
    /** EST / NestPay / Payten "ver3" (İşbank, Halkbank, Ziraat, TEB, Akbank old platform, ...). */
    EST,
    /** Garanti BBVA GVP. */
    GARANTI,
    /** YapıKredi PosNet. */
    POSNET,
    /** QNB Finansbank PayFor. */
    PAYFOR,
    /** KuveytTürk. */
    KUVEYT_TURK,
    /** VakıfBank PayFlex (MPI enrollment + VPOS). */
    PAYFLEX,
    /** myPOS Checkout API (IPC). */
    MYPOS,
    /** Stripe PaymentIntents. */
    STRIPE,
    /** 2Checkout (Verifone). */
    TWOCHECKOUT,
    /** PayMaster. */
    PAYMASTER,
    /** Tosla (Tosla İşim; JSON API, SHA-512 request hash). */
    TOSLA,
    /** Akbank's new virtual POS API (JSON, HMAC-SHA512 over the body). */
    AKBANK,
    /** Vakıf Katılım (VirtualPOS.Gateway XML, SHA-1 HashData with the hashed password; 3D and 3D Host). */
    VAKIF_KATILIM,
    /** Param (TurkPos): a SOAP service, SHA-1 hashes keyed by the merchant's GUID. */
    PARAM,
    /** Denizbank InterPOS (form posts, {@code ;;}-separated answers, SHA-1 3-D hash). */
    INTERPOS,
    /** PosNet V1 JSON (Albaraka Türk's MerchantJSONAPI; SHA-256 MAC over named fields with the store key). */
    POSNET_V1,
    /** VakıfBank Common Payment (Ortak Ödeme, PayFlex CP v4): the bank's 3D Pay and 3D Host pages. */
    PAYFLEX_CP
}
