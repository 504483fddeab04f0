-- Scheduled work changes engagements too (a partner proposal left unanswered for 14 days expires): such entries
-- have no person as actor; actor_name says it was the portal. Rows stay append-only (the V6 triggers still apply).
alter table activity alter column actor drop not null;
