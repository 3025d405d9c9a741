package dev.vpos.shared.domain;

import java.time.YearMonth;

/** A card's expiry month; a card is valid through the last day of that month. */
public record CardExpiry(YearMonth month) {

    /** Parses "MM/YY" or "MM/YYYY". */
    public static CardExpiry parse(String text) {
        if (text == null || !text.matches("(0[1-9]|1[0-2])/(\\d{2}|\\d{4})")) {
            throw new IllegalArgumentException("expiry must be MM/YY");
        }
        int mm = Integer.parseInt(text.substring(0, 2));
        String y = text.substring(3);
        int year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
        return new CardExpiry(YearMonth.of(year, mm));
    }

    public boolean isExpiredAt(YearMonth current) {
        return month.isBefore(current);
    }

    public String mmSlashYy() {
        return String.format("%02d/%02d", month.getMonthValue(), month.getYear() % 100);
    }
}
