package dev.vpos.simulator.posnet;

/** A transport fault the servlet (or a test's server) plays on top of a PosNet answer, chosen by a magic amount. */
public enum PosNetFault {
    NONE,
    /** 7777.77: sleeps {@code vpos.simulator.slowMillis} (default 30 s) before answering; the request is processed. */
    SLOW_ANSWER,
    /** 8888.88: HTTP 200 with half a document; the request is processed. */
    MALFORMED,
    /** 9999.99: HTTP 500 from the web server; nothing is processed. */
    HTTP_500,
    /** 6666.66: declares the full length, writes half and drops the connection; the request is processed. */
    RESET
}
