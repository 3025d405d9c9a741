package dev.vpos.routing.application;

import dev.vpos.bins.domain.CardProfile;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.routing.domain.RouteReason;
import java.util.List;
import java.util.Optional;

/**
 * Where a payment goes and why: the definition, the reason with its detail (issuer, programme or cost), the definition
 * to try once if the bank cannot be reached at all (never for a named definition), the installment counts the card may
 * have, and what the BIN table says about the card (empty when it does not know it).
 */
public record Route(
        VposDefinition definition,
        RouteReason reason,
        String detail,
        Optional<VposDefinition> fallback,
        List<Integer> installmentsOffered,
        Optional<CardProfile> card) {}
