package dev.vpos.reconciliation.domain;

import java.time.OffsetDateTime;

/** A file as the drop box lists it: name, size in bytes, last modification (null when the server does not say). */
public record RemoteFile(String name, long bytes, OffsetDateTime modified) {}
