package dev.vpos.bins.application;

import dev.vpos.bins.domain.CardBin;
import dev.vpos.bins.domain.CardProfile;
import dev.vpos.bins.infrastructure.CardBinRepository;
import dev.vpos.shared.domain.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks a card up in the BIN table by its first 6 to 8 digits: the longest prefix in the table wins. Only the first
 * eight digits are ever read, so a caller may pass a whole card number without it going further than this method.
 */
@ApplicationScoped
public class BinTable {

    @Inject
    CardBinRepository bins;

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public Optional<CardProfile> lookup(String digits) {
        if (digits == null || digits.length() < 6 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        List<String> prefixes = new ArrayList<>();
        for (int n = Math.min(8, digits.length()); n >= 6; n--) {
            prefixes.add(digits.substring(0, n));
        }
        return bins.longest(prefixes).map(CardBin::profile);
    }

    /** Up to {@code size} rows whose prefix starts with {@code digits} (digits only; empty = from the start). */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public List<CardProfile> listing(String digits, int size) {
        String start = digits == null ? "" : digits.replaceAll("[^0-9]", "");
        return bins.page(start.length() > 8 ? start.substring(0, 8) : start, Math.max(1, Math.min(size, 500))).stream()
                .map(CardBin::profile)
                .toList();
    }
}
