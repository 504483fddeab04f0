-- Check-ins, blockers, health (stored for lists, with its history) and once-a-day jobs.

alter table engagement
    add column check_in_cadence_days   int check (check_in_cadence_days between 1 and 90),
    add column health_colour           varchar(8)  not null default 'GREEN' check (health_colour in ('GREEN', 'AMBER', 'RED')),
    add column health_computed         varchar(8)  not null default 'GREEN' check (health_computed in ('GREEN', 'AMBER', 'RED')),
    add column health_score            int         not null default 100 check (health_score between 0 and 100),
    add column health_reasons          text        not null default 'All signals on track',
    add column health_assessed_at      timestamptz,
    add column next_check_in_due       date,
    add column health_override_colour  varchar(8) check (health_override_colour in ('GREEN', 'AMBER', 'RED')),
    add column health_override_reason  varchar(1000),
    add column health_override_by      uuid references app_user (id),
    add column health_override_until   date,
    add constraint engagement_override_complete check (
        (health_override_colour is null and health_override_reason is null and health_override_by is null
            and health_override_until is null)
        or (health_override_colour is not null and health_override_reason is not null
            and health_override_by is not null and health_override_until is not null));
create index engagement_health_idx on engagement (health_score, id);
create index engagement_next_check_in_idx on engagement (next_check_in_due);
create index engagement_override_by_idx on engagement (health_override_by);

create table check_in (
    id                uuid          primary key,
    version           bigint        not null default 0,
    engagement_id     uuid          not null references engagement (id) on delete cascade,
    check_in_date     date          not null,
    kind              varchar(32)   not null check (kind in ('STATUS', 'ARCHITECTURE_REVIEW', 'POC_REVIEW', 'OTHER')),
    attendees         text          not null default '',
    shared_summary    varchar(4000) not null check (length(trim(shared_summary)) > 0),
    internal_note     varchar(4000) not null default '',
    on_track          varchar(16)   not null check (on_track in ('ON_TRACK', 'AT_RISK', 'OFF_TRACK')),
    outcomes          varchar(4000) not null default '',
    next_steps        varchar(4000) not null default '',
    next_check_in     date          not null,
    recorded_by       uuid          not null references app_user (id),
    recorded_at       timestamptz   not null,
    acknowledged_by   uuid          references app_user (id),
    acknowledged_at   timestamptz,
    constraint check_in_next_after check (next_check_in > check_in_date),
    constraint check_in_ack_complete check ((acknowledged_by is null) = (acknowledged_at is null))
);
create index check_in_engagement_idx on check_in (engagement_id, check_in_date desc, recorded_at desc);
create index check_in_recorded_by_idx on check_in (recorded_by);
create index check_in_acknowledged_by_idx on check_in (acknowledged_by);

create table blocker (
    id               uuid          primary key,
    version          bigint        not null default 0,
    engagement_id    uuid          not null references engagement (id) on delete cascade,
    title            varchar(200)  not null check (length(trim(title)) > 0),
    description      varchar(4000) not null default '',
    severity         varchar(16)   not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    owner            varchar(200)  not null,
    owner_user       uuid          references app_user (id),
    raised_by        uuid          not null references app_user (id),
    raised_at        timestamptz   not null,
    due_date         date,
    status           varchar(16)   not null check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'WONT_FIX')),
    resolution_note  varchar(4000) not null default '',
    visibility       varchar(16)   not null check (visibility in ('SHARED', 'INTERNAL')),
    closed_at        timestamptz,
    constraint blocker_closed_has_note check (status in ('OPEN', 'IN_PROGRESS') or length(trim(resolution_note)) > 0)
);
create index blocker_engagement_idx on blocker (engagement_id, status);
create index blocker_owner_user_idx on blocker (owner_user);
create index blocker_raised_by_idx on blocker (raised_by);
create index blocker_open_idx on blocker (engagement_id) where status in ('OPEN', 'IN_PROGRESS');

create table health_change (
    engagement_id uuid        not null references engagement (id) on delete cascade,
    at            timestamptz not null,
    colour        varchar(8)  not null check (colour in ('GREEN', 'AMBER', 'RED')),
    score         int         not null,
    reasons       text        not null,
    overridden    boolean     not null,
    primary key (engagement_id, at)
);

-- A job that must run once a day however many instances run: the first instance to insert the row runs it.
create table scheduled_job_run (
    job        varchar(64) not null,
    run_date   date        not null,
    started_at timestamptz not null default now(),
    instance   varchar(200) not null,
    primary key (job, run_date)
);
