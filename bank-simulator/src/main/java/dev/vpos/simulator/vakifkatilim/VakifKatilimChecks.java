package dev.vpos.simulator.vakifkatilim;

import dev.vpos.simulator.vakifkatilim.VakifKatilimMerchants.Merchant;
import java.util.Optional;

/**
 * What the bank checks on every {@code VPosMessageContract} before it looks at the operation: a known merchant
 * (MerchantId, CustomerId and UserName together), a numeric SubMerchantId, the APIVersion where the operation needs
 * it, the HashPassword where the operation carries it, and the HashData over the message's own fields.
 */
final class VakifKatilimChecks {

    static final String API_VERSION = "1.0.0";

    /** The merchant, or the code that refuses the message. */
    record Checked(Optional<Merchant> merchant, String refusal) {
        boolean passed() {
            return refusal == null;
        }
    }

    private final VakifKatilimMerchants merchants;

    VakifKatilimChecks(VakifKatilimMerchants merchants) {
        this.merchants = merchants;
    }

    Checked check(VakifKatilimDocument d, boolean needsApiVersion, boolean needsHashPassword) {
        Optional<Merchant> merchant = merchants.identify(d.get("MerchantId"), d.get("CustomerId"), d.get("UserName"));
        if (merchant.isEmpty()) {
            return new Checked(merchant, VakifKatilimCodes.MERCHANT);
        }
        Merchant m = merchant.get();
        if (!d.get("SubMerchantId").matches("\\d{1,10}")
                || needsApiVersion && !API_VERSION.equals(d.get("APIVersion"))) {
            return new Checked(merchant, VakifKatilimCodes.INVALID_REQUEST);
        }
        if (needsHashPassword && !VakifKatilimHashes.matches(m.hashedPassword(), d.get("HashPassword"))) {
            return new Checked(merchant, VakifKatilimCodes.HASH_ERROR);
        }
        String expected = VakifKatilimHashes.request(
                m.merchantId(),
                d.get("MerchantOrderId"),
                d.get("Amount"),
                d.get("OkUrl"),
                d.get("FailUrl"),
                m.userName(),
                m.hashedPassword());
        if (!VakifKatilimHashes.matches(expected, d.get("HashData"))) {
            return new Checked(merchant, VakifKatilimCodes.HASH_ERROR);
        }
        return new Checked(merchant, null);
    }
}
