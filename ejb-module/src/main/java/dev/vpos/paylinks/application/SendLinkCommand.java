package dev.vpos.paylinks.application;

/**
 * A collector's request to send a payment link: for whom (company, customer account), optionally the document it
 * settles, how much, to which address (null: the customer account's own), in which of the payer page's languages
 * (tr, en, ar, el, it, ru), valid for how many minutes (null: the server's default), and the server's address as the
 * payer reaches it ({@code publicBase}, e.g. {@code https://pay.example.com}; the configured one wins).
 */
public record SendLinkCommand(
        Long companyId,
        Long customerAccountId,
        Long documentId,
        String amount,
        String currency,
        String email,
        String language,
        Integer validMinutes,
        String publicBase) {}
