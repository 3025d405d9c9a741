package dev.vpos.reconciliation.domain;

import java.time.LocalTime;

/** A settlement source's settings without its secrets (checked by {@code SourceSettingsValidator}). */
public record SourceSettings(
        boolean enabled,
        String host,
        int port,
        String username,
        String folder,
        String filePattern,
        long mappingId,
        LocalTime fetchTime) {}
