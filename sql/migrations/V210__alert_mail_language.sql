-- V210: the language a company's alert e-mails are written in (issue #19; docs/alerts.md, "E-mails"). The recipients
-- are a team's addresses, not users with a stored language, so the company's admins choose it on the Alert Rules
-- screen. No row = English, as before.
CREATE TABLE alert_mail_language (
    company_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES erp_company (id),
    language    VARCHAR(8)   NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_alert_mail_language CHECK (language IN ('en', 'tr', 'ar', 'el', 'it', 'ru'))
);
