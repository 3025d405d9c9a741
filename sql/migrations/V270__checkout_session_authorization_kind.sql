-- A checkout session may ask for an authorisation hold (PRE_AUTH: the payer's payment on the hosted page only
-- reserves the amount; staff or the portal capture or void it later) instead of a sale (the default).
ALTER TABLE checkout_session ADD COLUMN authorization_kind VARCHAR(10) DEFAULT 'SALE' NOT NULL;
