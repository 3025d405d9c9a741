-- V100: the BIN table (issue #19, context "bins"): the first 6 to 8 digits of a card number and what they say about
-- the card — issuing bank (its code and name), programme (Bonus, World, Axess, Maximum, CardFinans, Paraf, Advantage,
-- Bankkart, ...), brand, type (CREDIT | DEBIT | COMMERCIAL) and the issuer's country (ISO 3166 alpha-2). The longest
-- prefix that matches a card wins. Admins import it from a bank's CSV (docs/routing.md); the module ships no rows (the
-- run and test servers seed illustrative rows for the simulator's test cards).
CREATE TABLE card_bin (
    prefix       VARCHAR(8)   NOT NULL PRIMARY KEY,
    issuer_code  VARCHAR(10)  NOT NULL,
    issuer_name  VARCHAR(120) NOT NULL,
    programme    VARCHAR(40),
    brand        VARCHAR(20)  NOT NULL,
    card_type    VARCHAR(12)  NOT NULL,
    country      CHAR(2)      NOT NULL,
    imported_by  VARCHAR(100) NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_card_bin_type CHECK (card_type IN ('CREDIT', 'DEBIT', 'COMMERCIAL')),
    CONSTRAINT ck_card_bin_length CHECK (LENGTH(prefix) BETWEEN 6 AND 8)
);
