-- V60: company-scoped access (issue #13 item 6). Which companies of the group each user of the registry may work for.
-- A user (the registry's user name) without a row sees no company's data (fail closed); admins (VPOS_ADMIN) see every
-- company and administer these rows through /vpos/api/v1/staff/{user}/companies.
-- all_companies = TRUE is the wildcard: every company, present and future; otherwise the companies in
-- staff_company_grant.
CREATE TABLE staff_company_access (
    user_name      VARCHAR(100) NOT NULL PRIMARY KEY,
    all_companies  BOOLEAN      NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE staff_company_grant (
    user_name   VARCHAR(100) NOT NULL REFERENCES staff_company_access (user_name) ON DELETE CASCADE,
    company_id  BIGINT       NOT NULL REFERENCES erp_company (id),
    PRIMARY KEY (user_name, company_id)
);

-- Every change to a user's grants: who, when, before and after ("*" = every company, else the company ids).
CREATE SEQUENCE staff_access_audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE staff_access_audit (
    id           BIGINT        NOT NULL PRIMARY KEY,
    user_name    VARCHAR(100)  NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    before_value VARCHAR(4000) NOT NULL,
    after_value  VARCHAR(4000) NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_staff_access_audit_user ON staff_access_audit (user_name, occurred_at);
