package dev.vpos.simulator.settlement;

import static dev.vpos.simulator.settlement.SettlementColumn.AMOUNT;
import static dev.vpos.simulator.settlement.SettlementColumn.AUTH_CODE;
import static dev.vpos.simulator.settlement.SettlementColumn.BATCH;
import static dev.vpos.simulator.settlement.SettlementColumn.CARD;
import static dev.vpos.simulator.settlement.SettlementColumn.COMMISSION;
import static dev.vpos.simulator.settlement.SettlementColumn.CURRENCY;
import static dev.vpos.simulator.settlement.SettlementColumn.DATE;
import static dev.vpos.simulator.settlement.SettlementColumn.INSTALLMENTS;
import static dev.vpos.simulator.settlement.SettlementColumn.MERCHANT;
import static dev.vpos.simulator.settlement.SettlementColumn.NET;
import static dev.vpos.simulator.settlement.SettlementColumn.ORDER_ID;
import static dev.vpos.simulator.settlement.SettlementColumn.RRN;
import static dev.vpos.simulator.settlement.SettlementColumn.TIME;
import static dev.vpos.simulator.settlement.SettlementColumn.TRANS_ID;
import static dev.vpos.simulator.settlement.SettlementColumn.TYPE;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settlement file layouts of the simulated families. Modelled on the shape of Turkish banks' merchant day-end
 * reports (semicolon CSV, Turkish decimal comma at some banks, refund sign conventions differ); the column names
 * are the simulator's own, documented in docs/bank-simulator.md.
 */
public final class SettlementLayouts {

    private static final Map<String, SettlementLayout> LAYOUTS = new LinkedHashMap<>();

    static {
        add(new SettlementLayout(
                "EST",
                ';',
                columns(
                        DATE,
                        "ISLEM_TARIHI",
                        TIME,
                        "ISLEM_SAATI",
                        MERCHANT,
                        "UYE_ISYERI_NO",
                        ORDER_ID,
                        "SIPARIS_NO",
                        TYPE,
                        "ISLEM_TIPI",
                        AMOUNT,
                        "TUTAR",
                        CURRENCY,
                        "PARA_BIRIMI",
                        INSTALLMENTS,
                        "TAKSIT",
                        CARD,
                        "KART_NO",
                        AUTH_CODE,
                        "ONAY_KODU",
                        RRN,
                        "HOST_REF_NO",
                        TRANS_ID,
                        "ISLEM_NO",
                        BATCH,
                        "GUN_SONU_NO",
                        COMMISSION,
                        "KOMISYON",
                        NET,
                        "NET_TUTAR"),
                "dd.MM.yyyy",
                "HH:mm:ss",
                ',',
                true,
                Map.of("SALE", "Satis", "POST_AUTH", "OnProvKapama", "REFUND", "Iade")));
        add(new SettlementLayout(
                "GARANTI",
                ';',
                columns(
                        DATE,
                        "TRANSACTION_DATE",
                        TIME,
                        "TRANSACTION_TIME",
                        MERCHANT,
                        "TERMINAL_ID",
                        ORDER_ID,
                        "ORDER_ID",
                        TYPE,
                        "TXN_TYPE",
                        AMOUNT,
                        "AMOUNT",
                        CURRENCY,
                        "CURRENCY",
                        INSTALLMENTS,
                        "INSTALLMENT",
                        CARD,
                        "CARD_NUMBER",
                        AUTH_CODE,
                        "AUTH_CODE",
                        RRN,
                        "RRN",
                        BATCH,
                        "BATCH_NO",
                        COMMISSION,
                        "COMMISSION",
                        NET,
                        "NET_AMOUNT"),
                "yyyy-MM-dd",
                "HH:mm:ss",
                '.',
                false,
                Map.of("SALE", "sales", "POST_AUTH", "postauth", "REFUND", "refund")));
        add(new SettlementLayout(
                "POSNET",
                ',',
                columns(
                        DATE,
                        "Tarih",
                        TIME,
                        "Saat",
                        MERCHANT,
                        "MID",
                        ORDER_ID,
                        "XID",
                        TYPE,
                        "IslemTipi",
                        AMOUNT,
                        "Tutar",
                        CURRENCY,
                        "DovizKodu",
                        INSTALLMENTS,
                        "Taksit",
                        CARD,
                        "KartNo",
                        AUTH_CODE,
                        "OnayKodu",
                        RRN,
                        "HostLogKey",
                        BATCH,
                        "BatchNo",
                        COMMISSION,
                        "Komisyon",
                        NET,
                        "NetTutar"),
                "yyyyMMdd",
                "HHmmss",
                '.',
                true,
                Map.of("SALE", "Sale", "POST_AUTH", "Capt", "REFUND", "Return")));
        add(new SettlementLayout(
                "PAYFOR",
                ';',
                columns(
                        DATE,
                        "IslemTarihi",
                        TIME,
                        "IslemSaati",
                        MERCHANT,
                        "MbrId_MerchantId",
                        ORDER_ID,
                        "OrderId",
                        TYPE,
                        "TxnType",
                        AMOUNT,
                        "PurchAmount",
                        CURRENCY,
                        "Currency",
                        INSTALLMENTS,
                        "InstallmentCount",
                        CARD,
                        "MaskedPan",
                        AUTH_CODE,
                        "AuthCode",
                        RRN,
                        "HostRefNum",
                        TRANS_ID,
                        "TransId",
                        BATCH,
                        "BatchNo",
                        COMMISSION,
                        "Commission",
                        NET,
                        "NetAmount"),
                "dd/MM/yyyy",
                "HH:mm:ss",
                ',',
                false,
                Map.of("SALE", "Auth", "POST_AUTH", "PostAuth", "REFUND", "Refund")));
        add(new SettlementLayout(
                "KUVEYT_TURK",
                ';',
                columns(
                        DATE,
                        "ProvisionDate",
                        TIME,
                        "ProvisionTime",
                        MERCHANT,
                        "MerchantId",
                        ORDER_ID,
                        "MerchantOrderId",
                        TYPE,
                        "TransactionType",
                        AMOUNT,
                        "Amount",
                        CURRENCY,
                        "CurrencyCode",
                        INSTALLMENTS,
                        "InstallmentCount",
                        CARD,
                        "CardNumber",
                        AUTH_CODE,
                        "ProvisionNumber",
                        RRN,
                        "RRN",
                        TRANS_ID,
                        "Stan",
                        BATCH,
                        "BatchId",
                        COMMISSION,
                        "CommissionAmount",
                        NET,
                        "NetAmount"),
                "dd.MM.yyyy",
                "HH:mm:ss",
                ',',
                true,
                Map.of("SALE", "Sale", "POST_AUTH", "PreAuthClose", "REFUND", "Drawback")));
        add(new SettlementLayout(
                "PAYFLEX",
                ';',
                columns(
                        DATE,
                        "HostDate",
                        TIME,
                        "HostTime",
                        MERCHANT,
                        "MerchantId",
                        ORDER_ID,
                        "TransactionId",
                        TYPE,
                        "TransactionType",
                        AMOUNT,
                        "CurrencyAmount",
                        CURRENCY,
                        "CurrencyCode",
                        INSTALLMENTS,
                        "NumberOfInstallments",
                        CARD,
                        "Pan",
                        AUTH_CODE,
                        "AuthCode",
                        RRN,
                        "Rrn",
                        TRANS_ID,
                        "HostLogKey",
                        BATCH,
                        "BatchNo",
                        COMMISSION,
                        "Commission",
                        NET,
                        "NetAmount"),
                "yyyyMMdd",
                "HHmmss",
                '.',
                true,
                Map.of("SALE", "Sale", "POST_AUTH", "Capture", "REFUND", "Refund")));
    }

    private SettlementLayouts() {}

    public static Optional<SettlementLayout> of(String family) {
        return Optional.ofNullable(LAYOUTS.get(family));
    }

    private static void add(SettlementLayout layout) {
        LAYOUTS.put(layout.family(), layout);
    }

    private static Map<SettlementColumn, String> columns(Object... pairs) {
        Map<SettlementColumn, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((SettlementColumn) pairs[i], (String) pairs[i + 1]);
        }
        return m;
    }
}
