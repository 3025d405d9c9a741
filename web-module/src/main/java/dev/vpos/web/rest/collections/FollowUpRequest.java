package dev.vpos.web.rest.collections;

/** Body of capture, void, refund and cancel: the amount as a decimal string, or none for "all that is left". */
public class FollowUpRequest {

    public String amount;
}
