-- Jobs and mail that survive faults (issue 12, item 6; decision record 017).

-- A daily job's claim holds a lease and is marked complete: a claim whose lease ran out before completion (its
-- instance died) is taken over by another instance the same day.
alter table scheduled_job_run rename column instance to claimed_by;
alter table scheduled_job_run
    add column lease_until  timestamptz,
    add column completed_at timestamptz,
    add column failures     int,
    add column takeovers    int not null default 0;
-- the rows of before were claims that ran (or were lost) long ago: counted as done, as they were then
update scheduled_job_run set lease_until = started_at, completed_at = started_at, failures = 0;
alter table scheduled_job_run alter column lease_until set not null;

-- The outbox: each failed mail has a next attempt time (exponential backoff) and the time of its first try (given up
-- 24 hours later); a mail being sent is claimed by an instance until a lease runs out, so SMTP is talked to with no
-- transaction, no row lock and no pooled connection held.
alter table notification
    add column mail_first_attempt_at timestamptz,
    add column mail_next_attempt_at  timestamptz,
    add column mail_claimed_by       varchar(200),
    add column mail_claimed_until    timestamptz;
