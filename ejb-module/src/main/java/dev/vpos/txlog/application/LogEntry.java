package dev.vpos.txlog.application;

/** One interaction in full: its log line and the request and response, masked when written and scrubbed again. */
public record LogEntry(LogRow row, String maskedRequest, String maskedResponse) {}
