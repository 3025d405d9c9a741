package dev.vpos.simulator.est;

import dev.vpos.simulator.ledger.Ledger;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

/**
 * How the simulated EST bank decides a sale: credentials, then the bank's format checks, then the
 * documented test cards and magic amounts (see docs/bank-simulator.md).
 */
public final class EstRules {

    public static final String INSUFFICIENT_FUNDS_CARD = "4546711234567894";
    public static final String EXPIRED_CARD = "4508034508034509";
    public static final String DO_NOT_HONOR_CARD = "4000000000000002";
    public static final String LOST_CARD = "4000000000000010";
    public static final BigDecimal SLOW = new BigDecimal("7777.77");
    public static final BigDecimal MALFORMED = new BigDecimal("8888.88");
    public static final BigDecimal HTTP_500 = new BigDecimal("9999.99");

    private static final Map<String, String> DECLINE_MESSAGES = Map.of(
            "51", "Yetersiz bakiye",
            "54", "Son kullanma tarihi gecmis kart",
            "05", "Islem onaylanmadi",
            "41", "Kayip kart, karta el koyunuz");

    private final EstMerchants merchants;
    private final Ledger ledger;
    private final Clock clock;

    public EstRules(EstMerchants merchants, Ledger ledger, Clock clock) {
        this.merchants = merchants;
        this.ledger = ledger;
        this.clock = clock;
    }

    public EstVerdict decide(EstRequest r) {
        if (merchants.authenticate(r.get("ClientId"), r.get("Name"), r.get("Password")).isEmpty()) {
            return EstVerdict.error("CORE-2001", "Yetkisiz erisim / Unauthorized access");
        }
        if (!"Auth".equals(r.get("Type"))) {
            return EstVerdict.error("CORE-1001", "Bu simulator surumu " + r.get("Type") + " islemini desteklemiyor");
        }
        BigDecimal amount = amount(r.get("Total"));
        if (amount == null) {
            return EstVerdict.error("CORE-2102", "Gecersiz tutar");
        }
        if (!r.get("Taksit").isEmpty() && !r.get("Taksit").matches("([2-9]|1[0-2])")) {
            return EstVerdict.error("CORE-2603", "Taksit tablosu icin gecersiz deger");
        }
        String pan = r.get("Number");
        if (!Cards.wellFormed(pan)) {
            return EstVerdict.error("CORE-2012", "Kredi karti numarasi gecerli formatta degil.");
        }
        if (!r.get("OrderId").isEmpty() && ledger.approved(r.get("ClientId"), r.get("OrderId"))) {
            return EstVerdict.error("CORE-2050", "Daha once kullanilmis siparis numarasi / Order id already used");
        }
        return byCardAndAmount(pan, r.get("Expires"), amount);
    }

    private EstVerdict byCardAndAmount(String pan, String expires, BigDecimal amount) {
        if (amount.compareTo(SLOW) == 0) {
            return EstVerdict.fault(EstVerdict.Fault.SLOW);
        }
        if (amount.compareTo(MALFORMED) == 0) {
            return EstVerdict.fault(EstVerdict.Fault.MALFORMED);
        }
        if (amount.compareTo(HTTP_500) == 0) {
            return EstVerdict.fault(EstVerdict.Fault.HTTP_500);
        }
        String cents = amount.setScale(2).toPlainString();
        cents = cents.substring(cents.length() - 2);
        if (pan.equals(INSUFFICIENT_FUNDS_CARD) || cents.equals("51")) {
            return decline("51");
        }
        if (pan.equals(EXPIRED_CARD) || cents.equals("54") || expired(expires)) {
            return decline("54");
        }
        if (pan.equals(DO_NOT_HONOR_CARD) || cents.equals("05")) {
            return decline("05");
        }
        if (pan.equals(LOST_CARD) || cents.equals("41")) {
            return decline("41");
        }
        return EstVerdict.approve();
    }

    private boolean expired(String expires) {
        if (expires == null || !expires.matches("(0[1-9]|1[0-2])/\\d{2}")) {
            return true;
        }
        YearMonth expiry = YearMonth.of(2000 + Integer.parseInt(expires.substring(3)), Integer.parseInt(expires.substring(0, 2)));
        return expiry.isBefore(YearMonth.now(clock));
    }

    private static EstVerdict decline(String code) {
        return EstVerdict.decline(code, DECLINE_MESSAGES.get(code));
    }

    private static BigDecimal amount(String total) {
        if (total == null || !total.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(total);
        return value.signum() > 0 ? value : null;
    }
}
