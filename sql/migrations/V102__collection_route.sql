-- V102: why a collection went to its definition (issue #19): route_reason NAMED | DEFAULT | ON_US | PROGRAMME |
-- CHEAPEST with its detail (issuer, programme or cost), and, when the first definition could not be reached at all
-- (NOT_SENT), the definition it failed over from (once; never after UNKNOWN or DECLINED). NULL on older rows.
ALTER TABLE collection ADD COLUMN route_reason VARCHAR(12);
ALTER TABLE collection ADD COLUMN route_detail VARCHAR(120);
ALTER TABLE collection ADD COLUMN failed_over_from BIGINT;
