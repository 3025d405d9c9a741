package dev.vpos.demo;

import dev.vpos.bins.domain.CardBin;
import dev.vpos.bins.domain.CardProfile;
import dev.vpos.bins.domain.CardType;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The BIN rows the run and test servers start with: one for each of the bank simulator's test cards and a few more so
 * that every rule can be shown (on-us, programme, debit, commercial, foreign). ILLUSTRATIVE: the issuers and
 * programmes given to the simulator's cards are the demo's choice, not a statement of which bank issues a real card;
 * a production table comes from the banks' own files (docs/routing.md).
 */
final class DemoBins {

    static final List<CardProfile> ROWS = List.of(
            // 4355084355084358: approved everywhere
            row("435508", "0046", "Akbank", "Axess", "VISA", CardType.CREDIT, "TR"),
            // 5401341234567891: approved everywhere
            row("540134", "0062", "Garanti BBVA", "Bonus", "MASTERCARD", CardType.CREDIT, "TR"),
            // 4546711234567894: insufficient funds
            row("454671", "0067", "Yapı Kredi", "World", "VISA", CardType.CREDIT, "TR"),
            // 4508034508034509: expired
            row("450803", "0064", "Türkiye İş Bankası", "Maximum", "VISA", CardType.CREDIT, "TR"),
            // 4000000000000002 and the other 4000 00.. test cards: a card issued abroad
            row("400000", "US001", "Foreign Test Bank", null, "VISA", CardType.CREDIT, "US"),
            // a longer prefix wins: 40000084.. (a Stripe 3-D test card) stays foreign but says so on its own row
            row("40000084", "US001", "Foreign Test Bank", null, "VISA", CardType.CREDIT, "US"),
            row("552608", "0111", "QNB Finansbank", "CardFinans", "MASTERCARD", CardType.CREDIT, "TR"),
            row("979207", "0010", "T.C. Ziraat Bankası", "Bankkart", "TROY", CardType.DEBIT, "TR"),
            row("520019", "0012", "Halkbank", "Paraf", "MASTERCARD", CardType.COMMERCIAL, "TR"),
            row("402277", "0015", "VakıfBank", "World", "VISA", CardType.CREDIT, "TR"),
            row("543081", "0123", "HSBC", "Advantage", "MASTERCARD", CardType.CREDIT, "TR"),
            row("413226", "0046", "Akbank", null, "VISA", CardType.DEBIT, "TR"));

    private DemoBins() {}

    static List<CardBin> rows(OffsetDateTime now) {
        return ROWS.stream().map(p -> new CardBin(p, "demo", now)).toList();
    }

    private static CardProfile row(
            String prefix, String issuer, String name, String programme, String brand, CardType type, String country) {
        return new CardProfile(prefix, issuer, name, programme, brand, type, country);
    }
}
