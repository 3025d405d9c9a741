package dev.vpos.gateway.domain;

/**
 * The wire-level record of one bank call, already masked: what was sent, what came back, how long it took.
 * {@code failure} describes a transport failure (timeout, refused, unreadable) when there is one.
 */
public record BankExchange(
        Integer httpStatus, long latencyMs, String maskedRequest, String maskedResponse, String failure) {}
