-- V170: the staff screens also speak Greek, Italian and Russian, so a member of staff may store el, it or ru as their
-- language. NULL (or no row) still means: follow the browser's language.
ALTER TABLE staff_preference DROP CONSTRAINT ck_staff_preference_language;
ALTER TABLE staff_preference
    ADD CONSTRAINT ck_staff_preference_language CHECK (language IN ('en', 'tr', 'ar', 'el', 'it', 'ru'));
