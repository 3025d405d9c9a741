-- V73: the HTTP request that caused a bank interaction (its X-Request-Id, issue #17), so finance can quote the id a
-- screen or an ERP got in the answer and operators find the call and its log lines. Empty for calls no request made
-- (the janitor's status checks). No index: it is looked up within the log's period filter, and every index costs each
-- sale's insert.
ALTER TABLE bank_interaction ADD COLUMN request_id VARCHAR(64);
