-- V55: what a member of staff chose for the screens, kept per user (the registry's user name) so it follows them from
-- browser to browser. language: en | tr | ar; NULL (or no row) = follow the browser's language.
CREATE TABLE staff_preference (
    user_name   VARCHAR(100) NOT NULL PRIMARY KEY,
    language    VARCHAR(8),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_staff_preference_language CHECK (language IN ('en', 'tr', 'ar'))
);
