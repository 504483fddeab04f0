-- Personal notifications (the bell), their mail outbox, and each user's e-mail preference.

create table notification (
    id            uuid          primary key,
    recipient     uuid          not null references app_user (id) on delete cascade,
    engagement_id uuid          not null references engagement (id) on delete cascade,
    kind          varchar(32)   not null check (kind in ('BLOCKER_RAISED', 'BLOCKER_ASSIGNED', 'BLOCKER_ESCALATED',
        'CHECK_IN_RECORDED', 'CHECK_IN_OVERDUE', 'MATCH_PROPOSED', 'MATCH_ACCEPTED', 'MATCH_DECLINED',
        'PHASE_CHANGED')),
    text          varchar(1000) not null,
    -- the engagement page's tab the notification links to
    tab           varchar(32)   not null,
    -- what it is about; internal ones are only ever created for, read by and mailed to the provider's staff
    visibility    varchar(16)   not null check (visibility in ('SHARED', 'INTERNAL')),
    created_at    timestamptz   not null,
    read_at       timestamptz,
    -- the outbox: how it is to be mailed (fixed at creation from the recipient's preference), and whether it was
    mail          varchar(16)   not null check (mail in ('NONE', 'IMMEDIATE', 'DIGEST', 'FAILED')),
    mailed_at     timestamptz,
    mail_attempts int           not null default 0
);
create index notification_recipient_idx on notification (recipient, created_at desc);
create index notification_unread_idx on notification (recipient) where read_at is null;
create index notification_outbox_idx on notification (mail, created_at) where mailed_at is null and mail in ('IMMEDIATE', 'DIGEST');
create index notification_engagement_idx on notification (engagement_id);

create table notification_preference (
    user_id    uuid        primary key references app_user (id) on delete cascade,
    mail_mode  varchar(16) not null check (mail_mode in ('IMMEDIATELY', 'DAILY_DIGEST', 'OFF')),
    updated_at timestamptz not null
);
