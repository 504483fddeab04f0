-- Failure counters of sign-in and bearer tokens, shared by every instance (issue 11, item 2).
-- kind ACCOUNT: one account (the e-mail as typed, lower-cased) from one client address;
-- kind ADDRESS: one client address across accounts (password spraying); kind TOKEN: bearer tokens from one address.
create table sign_in_throttle (
    kind            varchar(16)  not null check (kind in ('ACCOUNT', 'ADDRESS', 'TOKEN')),
    account         varchar(254) not null,
    client_address  varchar(64)  not null,
    window_start    timestamptz,
    failures        integer      not null check (failures >= 0),
    lockouts        integer      not null check (lockouts >= 0),
    locked_until    timestamptz,
    last_failure_at timestamptz,
    primary key (kind, account, client_address)
);
create index sign_in_throttle_locked_idx on sign_in_throttle (account, locked_until) where kind = 'ACCOUNT';

-- The security audit log (issue 11, item 4): append-only, enforced by the database itself, like activity.
-- No foreign keys: the log outlives what it names, and a failed sign-in may name no account at all.
create table security_event (
    id             bigint       generated always as identity primary key,
    at             timestamptz  not null,
    kind           varchar(40)  not null,
    subject        uuid,
    subject_email  varchar(254),
    actor          uuid,
    client_address varchar(64),
    detail         varchar(500) not null
);
create index security_event_at_idx on security_event (at desc, id desc);
create index security_event_subject_email_idx on security_event (lower(subject_email));
create index security_event_kind_idx on security_event (kind, at desc);

create function security_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'security_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger security_event_no_update before update or delete on security_event
    for each row execute function security_event_is_append_only();
create trigger security_event_no_truncate before truncate on security_event
    for each statement execute function security_event_is_append_only();
