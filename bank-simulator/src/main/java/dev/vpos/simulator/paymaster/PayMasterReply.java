package dev.vpos.simulator.paymaster;

import java.nio.charset.StandardCharsets;

/** What the simulated PayMaster answers: a page or a JSON document. */
public record PayMasterReply(int status, String contentType, String body) {

    static PayMasterReply html(int status, String html) {
        return new PayMasterReply(status, "text/html;charset=UTF-8", html);
    }

    static PayMasterReply json(String json) {
        return new PayMasterReply(200, "application/json;charset=UTF-8", json);
    }

    public byte[] bytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
