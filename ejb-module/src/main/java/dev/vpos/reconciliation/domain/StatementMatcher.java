package dev.vpos.reconciliation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs statement lines with batch records, in memory, against hash indexes built once from the day's candidates:
 * <ol>
 *   <li>pass 1, the bank's codes: order id, then auth code, then RRN (same kind: a refund line pairs with a refund
 *       record). An auth code (not unique at a bank) must be backed by the same amount or card;</li>
 *   <li>pass 2, for lines no code paired, after pass 1 has run over the whole file: same kind, currency, exact
 *       amount and card (BIN + last 4), the nearest day within the tolerance.</li>
 * </ol>
 * A paired line is then compared: voided in the ERP, amount (or currency) beyond the tolerance, commission beyond
 * the tolerance — or MATCHED. A line whose order id only finds records other lines already took is a DUPLICATE
 * (the bank settled it twice). Not thread-safe: one import at a time per instance.
 */
public final class StatementMatcher {

    private final Map<String, Object> byOrder = new HashMap<>();
    private final Map<String, Object> byAuth = new HashMap<>();
    private final Map<String, Object> byRrn = new HashMap<>();
    private final Map<CardAmount, Object> byCardAmount = new HashMap<>();
    private final Collection<Candidate> candidates;
    private final int toleranceDays;
    private final long amountTolerance;

    public StatementMatcher(Collection<Candidate> candidates, int toleranceDays, BigDecimal amountTolerance) {
        this.candidates = candidates;
        this.toleranceDays = toleranceDays;
        this.amountTolerance = Amounts.units(amountTolerance);
        for (Candidate c : candidates) {
            put(byOrder, c.orderId(), c);
            put(byAuth, c.authCode(), c);
            put(byRrn, c.rrn(), c);
            if (!c.voided() && c.cardKey() != null) {
                put(byCardAmount, cardAmountKey(c.kind(), c.currency(), c.amount(), c.cardKey()), c);
            }
        }
    }

    /** Pass 1. Null when no code pairs the line (it waits for pass 2). */
    public LineMatch byCode(ParsedLine line) {
        long units = Amounts.units(line.amount());
        if (line.orderId() != null) {
            List<Candidate> sameKind = sameKind(byOrder.get(line.orderId()), line.kind());
            if (!sameKind.isEmpty()) {
                Candidate best = best(free(sameKind), line, units, false);
                if (best == null) {
                    return new LineMatch(
                            MatchStatus.DIFFERENCE, MatchedBy.ORDER_ID, sameKind.get(0), DifferenceKind.DUPLICATE);
                }
                return pair(line, units, best, MatchedBy.ORDER_ID);
            }
        }
        if (line.authCode() != null) {
            Candidate best = best(free(sameKind(byAuth.get(line.authCode()), line.kind())), line, units, true);
            if (best != null) {
                return pair(line, units, best, MatchedBy.AUTH_CODE);
            }
        }
        if (line.rrn() != null) {
            Candidate best = best(free(sameKind(byRrn.get(line.rrn()), line.kind())), line, units, false);
            if (best != null) {
                return pair(line, units, best, MatchedBy.RRN);
            }
        }
        return null;
    }

    /** Pass 2, for a line pass 1 left: same kind, currency, amount and card, nearest day within the tolerance. */
    public LineMatch byAmountDateCard(ParsedLine line) {
        String card = line.cardKey();
        if (card == null) {
            return LineMatch.MISSING;
        }
        long units = Amounts.units(line.amount());
        long day = line.date().toEpochDay();
        Candidate best = null;
        for (Candidate c : free(list(byCardAmount.get(cardAmountKey(line.kind(), line.currency(), units, card))))) {
            long distance = Math.abs(c.epochDay() - day);
            if (distance <= toleranceDays && (best == null || distance < Math.abs(best.epochDay() - day))) {
                best = c;
            }
        }
        return best == null ? LineMatch.MISSING : pair(line, units, best, MatchedBy.CARD_AMOUNT_DATE);
    }

    /** The statement day's records no line paired (voided ones are not expected at the bank): missing at the bank. */
    public List<Candidate> unmatchedOn(LocalDate statementDay) {
        long day = statementDay.toEpochDay();
        List<Candidate> missing = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.free() && !c.voided() && c.epochDay() == day) {
                missing.add(c);
            }
        }
        return missing;
    }

    private LineMatch pair(ParsedLine line, long units, Candidate c, MatchedBy by) {
        c.take();
        DifferenceKind difference = compare(line, units, c);
        return new LineMatch(difference == null ? MatchStatus.MATCHED : MatchStatus.DIFFERENCE, by, c, difference);
    }

    private DifferenceKind compare(ParsedLine line, long units, Candidate c) {
        if (c.voided()) {
            return DifferenceKind.VOIDED_IN_ERP;
        }
        if (!line.currency().equals(c.currency()) || Math.abs(units - c.amount()) > amountTolerance) {
            return DifferenceKind.AMOUNT;
        }
        if (line.commission() != null
                && Math.abs(Amounts.units(line.commission()) - c.commission()) > amountTolerance) {
            return DifferenceKind.FEE;
        }
        return null;
    }

    /**
     * The candidate that agrees most: same amount, then same card, same auth code, same RRN; the nearest day, then
     * the oldest record, breaks ties. With {@code corroborated}, one that has neither the amount nor the card is no
     * candidate.
     */
    private Candidate best(List<Candidate> free, ParsedLine line, long units, boolean corroborated) {
        Candidate best = null;
        int bestScore = -1;
        long day = line.date().toEpochDay();
        String card = line.cardKey();
        for (Candidate c : free) {
            boolean sameAmount = c.amount() == units && c.currency().equals(line.currency());
            boolean sameCard = card != null && card.equals(c.cardKey());
            if (corroborated && !sameAmount && !sameCard) {
                continue;
            }
            int score = (sameAmount ? 8 : 0)
                    + (sameCard ? 4 : 0)
                    + (Objects.equals(line.authCode(), c.authCode()) ? 2 : 0)
                    + (Objects.equals(line.rrn(), c.rrn()) ? 1 : 0);
            if (score > bestScore || (score == bestScore && closer(c, best, day))) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean closer(Candidate c, Candidate than, long day) {
        long a = Math.abs(c.epochDay() - day);
        long b = Math.abs(than.epochDay() - day);
        return a < b || (a == b && c.id() < than.id());
    }

    private static List<Candidate> sameKind(Object entry, TransactionKind kind) {
        List<Candidate> out = new ArrayList<>(2);
        for (Candidate c : list(entry)) {
            if (c.kind() == kind) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Candidate> free(List<Candidate> list) {
        List<Candidate> out = new ArrayList<>(list.size());
        for (Candidate c : list) {
            if (c.free()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Pass 2's key: no string built per record or line. */
    private record CardAmount(TransactionKind kind, String currency, long amount, String card) {}

    private static CardAmount cardAmountKey(TransactionKind kind, String currency, long amount, String card) {
        return new CardAmount(kind, currency, amount, card);
    }

    /** A map value is one candidate (most keys) or a list of them: a list per key would double the memory. */
    @SuppressWarnings("unchecked")
    private static <K> void put(Map<K, Object> map, K key, Candidate c) {
        if (key == null) {
            return;
        }
        Object present = map.putIfAbsent(key, c);
        if (present == null) {
            return;
        }
        if (present instanceof Candidate single) {
            List<Candidate> list = new ArrayList<>(2);
            list.add(single);
            list.add(c);
            map.put(key, list);
        } else {
            ((List<Candidate>) present).add(c);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Candidate> list(Object entry) {
        if (entry == null) {
            return List.of();
        }
        return entry instanceof Candidate c ? List.of(c) : (List<Candidate>) entry;
    }
}
