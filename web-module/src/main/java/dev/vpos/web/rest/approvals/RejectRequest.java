package dev.vpos.web.rest.approvals;

/** Body of a rejection: why (kept with the request, shown to the requester). */
public class RejectRequest {

    public String reason;
}
