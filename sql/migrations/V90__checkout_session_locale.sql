-- Issue #18: the language a portal chooses for the payer's hosted page (a BCP 47 tag such as "tr" or "ar-SA");
-- NULL lets the payer's browser decide.
ALTER TABLE checkout_session ADD COLUMN locale VARCHAR(35);
