-- Issue #18: each company's logo for the payer's page, uploaded by an administrator (PNG or JPEG, at most 200 KB;
-- the application checks the bytes). version is a hash of the image, so a cached copy is never shown for a newer one.
CREATE TABLE company_logo (
    company_id   BIGINT PRIMARY KEY,
    content_type VARCHAR(20)  NOT NULL,
    content      BYTEA        NOT NULL,
    version      VARCHAR(16)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100) NOT NULL
);
