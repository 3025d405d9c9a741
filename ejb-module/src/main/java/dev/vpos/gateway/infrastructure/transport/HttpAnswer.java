package dev.vpos.gateway.infrastructure.transport;

/** What came back over HTTP: status, body bytes, content type and the time it took. */
public record HttpAnswer(int status, byte[] body, String contentType, long latencyMs) {}
