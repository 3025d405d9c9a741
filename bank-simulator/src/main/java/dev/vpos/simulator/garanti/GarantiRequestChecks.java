package dev.vpos.simulator.garanti;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.garanti.GarantiMerchants.Merchant;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's checks before anything reaches the host, in order: terminal and credentials (merchant id, the user
 * the type requires — the refund user for void and refund — and HashData with that user's password), transaction
 * type, then the fields each type needs. A failed check is a GVPS refusal (Code 92 with a ReasonCode). 0001, 0002,
 * 0110 and 0208 are the reason codes Garanti uses for these errors (as seen in published answers); 0100, 0104, 0112,
 * 0113, 0005 and 0651 are the simulator's choices (docs/families/garanti.md).
 */
final class GarantiRequestChecks {

    static final String INVALID_VALUE = "0001";
    static final String MANDATORY_FIELDS = "0002";
    static final String THREE_D_DATA = "0005";
    static final String UNSUPPORTED_TYPE = "0100";
    static final String DUPLICATE_ORDER = "0104";
    static final String ORDER_NOT_FOUND = "0110";
    static final String CAPTURE_NOT_VALID = "0112";
    static final String VOID_NOT_VALID = "0113";
    static final String REFUND_NOT_VALID = "0208";
    static final String SECURITY_CODE = "0651";

    static final Set<String> TYPES =
            Set.of("sales", "preauth", "postauth", "void", "refund", "orderinq", "orderhistoryinq");
    static final Set<String> AUTHORIZATIONS = Set.of("sales", "preauth");
    static final Set<String> CURRENCIES = Set.of("949", "840", "978", "826", "392");
    private static final String INSTALLMENTS = "|0|1|[2-9]|1[0-2]";

    static final GarantiVerdict UNREADABLE = GarantiVerdict.gvpsError(
            INVALID_VALUE, "Giriş yaptığınız değerleri kontrol ediniz (GVPSRequest okunamadı)");

    private final GarantiMerchants merchants;

    GarantiRequestChecks(GarantiMerchants merchants) {
        this.merchants = merchants;
    }

    /** The terminal when the request is authentic, else the refusal. */
    Result<Merchant> authenticate(GvpsMessage r) {
        Optional<Merchant> merchant = merchants.terminal(r.terminalId());
        if (merchant.isEmpty() || !merchant.get().merchantId().equals(r.get("Terminal/MerchantID"))) {
            return Result.refused(security("terminal or merchant unknown"));
        }
        if (!TYPES.contains(r.type())) {
            return Result.refused(GarantiVerdict.gvpsError(
                    UNSUPPORTED_TYPE,
                    "İşlem tipi desteklenmiyor / Transaction type '" + r.type() + "' is not supported"));
        }
        Merchant m = merchant.get();
        if (!m.userFor(r.type()).equals(r.get("Terminal/ProvUserID"))) {
            return Result.refused(security("user " + r.get("Terminal/ProvUserID") + " may not send " + r.type()));
        }
        String expected = GarantiCrypt.hashData(
                r.orderId(), r.terminalId(), r.cardNumber(), r.amount(), r.currency(), m.passwordFor(r.type()));
        if (!GarantiCrypt.sameHash(expected, r.get("Terminal/HashData"))) {
            return Result.refused(security("HashData does not verify"));
        }
        return Result.ok(m);
    }

    /** The first field problem of a request of this type; empty when it may go on. */
    Optional<GarantiVerdict> fieldProblem(GvpsMessage r) {
        if (r.orderId().isEmpty() || r.amount().isEmpty()) {
            return mandatory("OrderID and Amount are required");
        }
        if (!r.amount().matches("\\d{1,12}")) {
            return invalid("Amount must be an integer in hundredths");
        }
        boolean inquiry = r.type().endsWith("inq");
        if (!inquiry && Long.parseLong(r.amount()) == 0) {
            return mandatory("TxnAmount field must not be zero");
        }
        if (!CURRENCIES.contains(r.currency())) {
            return invalid("CurrencyCode '" + r.currency() + "' is not supported");
        }
        if (!r.installments().matches(INSTALLMENTS)) {
            return invalid("InstallmentCnt '" + r.installments() + "' is not valid");
        }
        if (AUTHORIZATIONS.contains(r.type()) && !r.isThreeDProvision()) {
            if (r.cardNumber().isEmpty() || r.get("Card/ExpireDate").isEmpty()) {
                return mandatory("Card Number and ExpireDate are required");
            }
        }
        if (AUTHORIZATIONS.contains(r.type())
                && r.isThreeDProvision()
                && r.get("Transaction/Secure3D/Md").isEmpty()) {
            return mandatory("Secure3D Md is required with CardholderPresentCode 13");
        }
        return Optional.empty();
    }

    /** A card that fails the format or Luhn check: the host says 14. */
    static boolean badCard(String pan) {
        return !CardNumbers.wellFormed(pan);
    }

    private static GarantiVerdict security(String detail) {
        return new GarantiVerdict(
                "GVPS",
                "92",
                SECURITY_CODE,
                "Declined",
                "Güvenlik kodu hatalı",
                "ErrorId: " + SECURITY_CODE + " " + detail,
                GarantiVerdict.Fault.NONE);
    }

    private static Optional<GarantiVerdict> mandatory(String detail) {
        return Optional.of(new GarantiVerdict(
                "GVPS",
                "92",
                MANDATORY_FIELDS,
                "Declined",
                "Giriş yaptığınız işlem tipi için zorunlu alanları kontrol ediniz",
                detail,
                GarantiVerdict.Fault.NONE));
    }

    private static Optional<GarantiVerdict> invalid(String detail) {
        return Optional.of(new GarantiVerdict(
                "GVPS",
                "92",
                INVALID_VALUE,
                "Declined",
                "Giriş yaptığınız değerleri kontrol ediniz",
                detail,
                GarantiVerdict.Fault.NONE));
    }

    /** A value or the bank's refusal. */
    record Result<T>(T value, GarantiVerdict refusal) {
        static <T> Result<T> ok(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> refused(GarantiVerdict refusal) {
            return new Result<>(null, refusal);
        }

        boolean isOk() {
            return refusal == null;
        }
    }
}
