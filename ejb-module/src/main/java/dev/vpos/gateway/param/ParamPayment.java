package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.param.soap.TPIslemOdemeOnProvWMD;
import dev.vpos.gateway.param.soap.TPWMDUCD;
import dev.vpos.gateway.param.soap.TurkPosWSTestSoap;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.Money;

/**
 * One card payment request: a sale ({@code TP_WMD_UCD}) or a pre-authorisation ({@code TP_Islem_Odeme_OnProv_WMD}),
 * non-3D ({@code Islem_Guvenlik_Tip NS}) or the start of a 3D one ({@code 3D}, with the URLs the payer returns to).
 * Both carry the card, the amount twice ({@code Islem_Tutar}, {@code Toplam_Tutar}: no commission added to the
 * payer), our order id, a fresh {@code Islem_ID} and the request's {@code Islem_Hash}. {@code KK_Sahibi_GSM} is sent
 * empty: Param refuses a request without it although the field is optional.
 */
record ParamPayment(
        ParamCredentials credentials,
        String orderId,
        Money amount,
        int installments,
        String cardNumber,
        CardExpiry expiry,
        String cvv,
        String holder,
        String customerIp,
        String okUrl,
        String failUrl) {

    static final String NON_SECURE = "NS";
    static final String THREE_D = "3D";

    /** Param's own placeholder when the payer's address is not known: a syntactically valid IP is required (-111). */
    static final String NO_ADDRESS = "127.0.0.1";

    ParamAnswer send(TurkPosWSTestSoap port, AuthorizationKind kind, String security) {
        if (!ParamFormats.LIRA.equals(amount.currencyCode())) {
            var r = port.tpIslemOdemeWD(foreignSale(security)).getTPIslemOdemeWDResult();
            return r == null ? null : ParamAnswer.of(r);
        }
        if (kind == AuthorizationKind.PRE_AUTH) {
            var r = port.tpIslemOdemeOnProvWMD(preAuthorization(security)).getTPIslemOdemeOnProvWMDResult();
            return r == null ? null : ParamAnswer.of(r);
        }
        var r = port.tpWMDUCD(sale(security)).getTPWMDUCDResult();
        return r == null ? null : ParamAnswer.of(r);
    }

    /** The 3D start: the same request; its answer's {@code UCD_HTML} is the bank's page for the payer. */
    dev.vpos.gateway.param.soap.STWMDUCDSonuc start(TurkPosWSTestSoap port, AuthorizationKind kind) {
        if (kind == AuthorizationKind.PRE_AUTH) {
            return port.tpIslemOdemeOnProvWMD(preAuthorization(THREE_D)).getTPIslemOdemeOnProvWMDResult();
        }
        return port.tpWMDUCD(sale(THREE_D)).getTPWMDUCDResult();
    }

    TPWMDUCD sale(String security) {
        String total = ParamFormats.commaAmount(amount);
        String taksit = ParamFormats.installments(installments);
        TPWMDUCD r = new TPWMDUCD();
        r.setG(ParamGateway.g(credentials));
        r.setGUID(credentials.guid());
        r.setKKSahibi(holder == null ? "" : holder);
        r.setKKNo(cardNumber);
        r.setKKSKAy(String.format("%02d", expiry.month().getMonthValue()));
        r.setKKSKYil(Integer.toString(expiry.month().getYear()));
        r.setKKCVC(cvv == null ? "" : cvv);
        r.setKKSahibiGSM("");
        r.setHataURL(failUrl);
        r.setBasariliURL(okUrl);
        r.setSiparisID(orderId);
        r.setTaksit(Integer.parseInt(taksit));
        r.setIslemTutar(total);
        r.setToplamTutar(total);
        r.setIslemHash(ParamHash.sale(credentials.clientCode(), credentials.guid(), taksit, total, orderId));
        r.setIslemGuvenlikTip(security);
        r.setIslemID(ParamGateway.transactionId());
        r.setIPAdr(customerIp == null || customerIp.isBlank() ? NO_ADDRESS : customerIp);
        return r;
    }

    /**
     * A sale in a foreign currency ({@code TP_Islem_Odeme_WD}, {@code Doviz_Kodu}); its hash is the
     * pre-authorisation's, over the URLs too (mews/pos), sent empty for a non-3D sale.
     */
    dev.vpos.gateway.param.soap.TPIslemOdemeWD foreignSale(String security) {
        String total = ParamFormats.commaAmount(amount);
        String ok = okUrl == null ? "" : okUrl;
        String fail = failUrl == null ? "" : failUrl;
        var r = new dev.vpos.gateway.param.soap.TPIslemOdemeWD();
        r.setG(ParamGateway.g(credentials));
        r.setDovizKodu(ParamFormats.FOREIGN.get(amount.currencyCode()));
        r.setGUID(credentials.guid());
        r.setKKSahibi(holder == null ? "" : holder);
        r.setKKNo(cardNumber);
        r.setKKSKAy(String.format("%02d", expiry.month().getMonthValue()));
        r.setKKSKYil(Integer.toString(expiry.month().getYear()));
        r.setKKCVC(cvv == null ? "" : cvv);
        r.setKKSahibiGSM("");
        r.setHataURL(fail);
        r.setBasariliURL(ok);
        r.setSiparisID(orderId);
        r.setSiparisAciklama("");
        r.setTaksit(Integer.parseInt(ParamFormats.installments(installments)));
        r.setIslemTutar(total);
        r.setToplamTutar(total);
        r.setIslemHash(
                ParamHash.preAuthorization(credentials.clientCode(), credentials.guid(), total, orderId, fail, ok));
        r.setIslemGuvenlikTip(security);
        r.setIslemID(ParamGateway.transactionId());
        r.setIPAdr(customerIp == null || customerIp.isBlank() ? NO_ADDRESS : customerIp);
        return r;
    }

    /**
     * The start of a 3D Pay sale ({@code Pos_Odeme}, {@code 3D}): the fields of {@code TP_WMD_UCD} with its own hash
     * over the URLs too; the answer's {@code UCD_URL} is the bank's page.
     */
    dev.vpos.gateway.param.soap.PosOdeme threeDPay() {
        String total = ParamFormats.commaAmount(amount);
        String taksit = ParamFormats.installments(installments);
        var r = new dev.vpos.gateway.param.soap.PosOdeme();
        r.setG(ParamGateway.g(credentials));
        r.setGUID(credentials.guid());
        r.setKKSahibi(holder == null ? "" : holder);
        r.setKKNo(cardNumber);
        r.setKKSKAy(String.format("%02d", expiry.month().getMonthValue()));
        r.setKKSKYil(Integer.toString(expiry.month().getYear()));
        r.setKKCVC(cvv == null ? "" : cvv);
        r.setKKSahibiGSM("");
        r.setHataURL(failUrl);
        r.setBasariliURL(okUrl);
        r.setSiparisID(orderId);
        r.setSiparisAciklama("");
        r.setTaksit(Integer.parseInt(taksit));
        r.setIslemTutar(total);
        r.setToplamTutar(total);
        r.setIslemHash(ParamHash.threeDPay(
                credentials.clientCode(), credentials.guid(), taksit, total, orderId, failUrl, okUrl));
        r.setIslemGuvenlikTip(THREE_D);
        r.setIslemID(ParamGateway.transactionId());
        r.setIPAdr(customerIp == null || customerIp.isBlank() ? NO_ADDRESS : customerIp);
        return r;
    }

    TPIslemOdemeOnProvWMD preAuthorization(String security) {
        String total = ParamFormats.commaAmount(amount);
        TPIslemOdemeOnProvWMD r = new TPIslemOdemeOnProvWMD();
        r.setG(ParamGateway.g(credentials));
        r.setGUID(credentials.guid());
        r.setKKSahibi(holder == null ? "" : holder);
        r.setKKNo(cardNumber);
        r.setKKSKAy(String.format("%02d", expiry.month().getMonthValue()));
        r.setKKSKYil(Integer.toString(expiry.month().getYear()));
        r.setKKCVC(cvv == null ? "" : cvv);
        r.setKKSahibiGSM("");
        r.setHataURL(failUrl);
        r.setBasariliURL(okUrl);
        r.setSiparisID(orderId);
        r.setIslemTutar(total);
        r.setToplamTutar(total);
        r.setIslemHash(ParamHash.preAuthorization(
                credentials.clientCode(), credentials.guid(), total, orderId, failUrl, okUrl));
        r.setIslemGuvenlikTip(security);
        r.setIslemID(ParamGateway.transactionId());
        r.setIPAdr(customerIp == null || customerIp.isBlank() ? NO_ADDRESS : customerIp);
        r.setTaksit(Integer.parseInt(ParamFormats.installments(installments)));
        return r;
    }

    @Override
    public String toString() {
        return "ParamPayment[orderId=" + orderId + ", amount=" + amount + "]";
    }
}
