-- Sessions that follow the account: every change that must end an account's open sessions (disable, another role
-- or organisation, a new password, "sign out everywhere") increments session_epoch; a session signed in under an
-- older epoch ends at its next request, on whichever instance it lives.
alter table app_user
    add column session_epoch                bigint      not null default 0,
    -- a one-time password handed over by a program manager works for a week
    add column one_time_password_expires_at timestamptz,
    add constraint app_user_expiry_only_for_one_time check (password_change_required or one_time_password_expires_at is null);

-- Every token expires; tokens created before expiry existed get the default 90 days from now.
alter table api_token add column expires_at timestamptz;
update api_token set expires_at = greatest(created_at, now()) + interval '90 days';
alter table api_token alter column expires_at set not null;
