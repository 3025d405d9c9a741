-- V70: the definition-health report (issue #17). Its "last success" is each definition's last APPROVED interaction at
-- any time: with this index that is one backward probe per definition (max over definition_id = ? and
-- outcome = 'APPROVED'), where without it PostgreSQL read every approved row of the log. The report's last-hour counts
-- use ix_bank_interaction_time (V1). Measured in docs/benchmarks.md ("Definition health").
CREATE INDEX ix_bank_interaction_definition_outcome_time ON bank_interaction (definition_id, outcome, occurred_at);
