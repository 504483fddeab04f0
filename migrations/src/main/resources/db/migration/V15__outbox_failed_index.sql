-- The metric of given-up mails (portal.outbox.failed) counts them on every refresh: a partial index keeps that a
-- look at the few failed rows instead of a scan of every notification ever created.
create index notification_failed_idx on notification (created_at) where mail = 'FAILED';
