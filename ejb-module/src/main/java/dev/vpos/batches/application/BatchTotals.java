package dev.vpos.batches.application;

import java.math.BigDecimal;

/** The filter's totals in one currency: how many records, gross, commission, net. */
public record BatchTotals(String currency, long count, BigDecimal amount, BigDecimal commission, BigDecimal net) {}
