package dev.vpos.reconciliation.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Mapping drafts for the tests: the shipped EST, Garanti and PosNet layouts and a headerless debit/credit file. */
final class Mappings {

    private Mappings() {}

    static Map<String, String> columns(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static MappingDraft est() {
        return new MappingDraft(
                "SIM-EST",
                "EST",
                "EST",
                ";",
                true,
                "UTF-8",
                ",",
                "SIGNED",
                "dd.MM.yyyy",
                "HH:mm:ss",
                columns(
                        "date",
                        "ISLEM_TARIHI",
                        "time",
                        "ISLEM_SAATI",
                        "merchant",
                        "UYE_ISYERI_NO",
                        "orderId",
                        "SIPARIS_NO",
                        "type",
                        "ISLEM_TIPI",
                        "amount",
                        "TUTAR",
                        "currency",
                        "PARA_BIRIMI",
                        "installments",
                        "TAKSIT",
                        "card",
                        "KART_NO",
                        "authCode",
                        "ONAY_KODU",
                        "rrn",
                        "HOST_REF_NO",
                        "transId",
                        "ISLEM_NO",
                        "batchNo",
                        "GUN_SONU_NO",
                        "commission",
                        "KOMISYON",
                        "net",
                        "NET_TUTAR"),
                "Satis,OnProvKapama",
                "Iade",
                null,
                null,
                null,
                1,
                "0");
    }

    static MappingDraft garanti() {
        return new MappingDraft(
                "SIM-GARANTI",
                "Garanti",
                "GARANTI",
                ";",
                true,
                "UTF-8",
                ".",
                "TYPE_CODE",
                "yyyy-MM-dd",
                "HH:mm:ss",
                columns(
                        "date",
                        "TRANSACTION_DATE",
                        "time",
                        "TRANSACTION_TIME",
                        "orderId",
                        "ORDER_ID",
                        "type",
                        "TXN_TYPE",
                        "amount",
                        "AMOUNT",
                        "currency",
                        "CURRENCY",
                        "card",
                        "CARD_NUMBER",
                        "authCode",
                        "AUTH_CODE",
                        "rrn",
                        "RRN",
                        "commission",
                        "COMMISSION",
                        "net",
                        "NET_AMOUNT"),
                "sales,postauth",
                "refund",
                "preauth",
                null,
                null,
                1,
                "0");
    }

    static MappingDraft posnet() {
        return new MappingDraft(
                "SIM-POSNET",
                "PosNet",
                "POSNET",
                ",",
                true,
                "UTF-8",
                ".",
                "SIGNED",
                "yyyyMMdd",
                "HHmmss",
                columns(
                        "date",
                        "Tarih",
                        "time",
                        "Saat",
                        "orderId",
                        "XID",
                        "type",
                        "IslemTipi",
                        "amount",
                        "Tutar",
                        "currency",
                        "DovizKodu",
                        "card",
                        "KartNo",
                        "authCode",
                        "OnayKodu",
                        "rrn",
                        "HostLogKey"),
                "Sale,Capt",
                "Return",
                null,
                null,
                "TL=TRY,US=USD",
                1,
                "0");
    }

    /** No header: positions; date and time in one column; debit and credit columns; TRY by default. */
    static MappingDraft debitCredit() {
        return new MappingDraft(
                "BANK-X",
                "Bank X",
                null,
                "|",
                false,
                "ISO-8859-9",
                ",",
                "DEBIT_CREDIT",
                "dd/MM/yyyy HH:mm",
                null,
                columns("date", "#1", "orderId", "#2", "debit", "#3", "credit", "#4", "card", "#5"),
                null,
                null,
                null,
                "TRY",
                null,
                2,
                "0.01");
    }
}
