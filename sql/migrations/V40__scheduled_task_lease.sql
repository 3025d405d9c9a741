-- V40: periodic work runs once across the cluster. A node runs a task's sweep only while it holds the task's lease,
-- taken or renewed with one conditional UPDATE (holder = this node, or the lease has run out); a dead node's lease
-- runs out and another node takes the work. One row per task, inserted here (TaskLeases adds a missing one).
CREATE TABLE scheduled_task_lease (
    name         VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder       VARCHAR(200),
    lease_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    taken_at     TIMESTAMP WITH TIME ZONE
);
INSERT INTO scheduled_task_lease (name, holder, lease_until) VALUES
    ('unknown-outcome-janitor', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00'),
    ('notification-sweeper', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00'),
    ('log-pruning', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00'),
    ('held-card-purge', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00');
