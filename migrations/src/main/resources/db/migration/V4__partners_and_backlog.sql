-- Partner directory, partner matches (with proposals and their history) and the release and iteration backlog.

create table partner_profile (
    organisation_id uuid        primary key references organisation (id),
    version         bigint      not null default 0,
    partner_type    varchar(32) not null
        check (partner_type in ('CLOUD_SOLUTION_PROVIDER', 'MANAGED_SERVICE_PARTNER', 'SOLUTIONS_PARTNER')),
    capacity        int         not null check (capacity between 1 and 100)
);
create index partner_profile_type_idx on partner_profile (partner_type);

create table partner_region (
    organisation_id uuid       not null references partner_profile (organisation_id) on delete cascade,
    region_code     varchar(8) not null references region (code),
    primary key (organisation_id, region_code)
);
create index partner_region_region_idx on partner_region (region_code);

create table partner_specialty (
    organisation_id uuid        not null references partner_profile (organisation_id) on delete cascade,
    workload_code   varchar(32) not null references workload_area (code),
    primary key (organisation_id, workload_code)
);
create index partner_specialty_workload_idx on partner_specialty (workload_code);

create table partner_match (
    id             uuid          primary key,
    version        bigint        not null default 0,
    engagement_id  uuid          not null references engagement (id) on delete cascade,
    preferred_type varchar(32)
        check (preferred_type in ('CLOUD_SOLUTION_PROVIDER', 'MANAGED_SERVICE_PARTNER', 'SOLUTIONS_PARTNER')),
    note           varchar(2000) not null default '',
    requested_by   uuid          not null references app_user (id),
    requested_at   timestamptz   not null,
    state          varchar(16)   not null
        check (state in ('REQUESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'ENGAGED', 'CLOSED')),
    -- the accepted partner: what EngagementScopeSql reads to give a partner's users access
    partner_id     uuid          references organisation (id),
    constraint partner_match_accepted_has_partner
        check (state not in ('ACCEPTED', 'ENGAGED', 'CLOSED') or partner_id is not null)
);
-- one active match per engagement
create unique index partner_match_one_active_idx on partner_match (engagement_id)
    where state in ('REQUESTED', 'PROPOSED', 'ACCEPTED', 'ENGAGED');
create index partner_match_engagement_idx on partner_match (engagement_id, requested_at desc);
create index partner_match_partner_idx on partner_match (partner_id, state);
create index partner_match_requested_by_idx on partner_match (requested_by);

create table partner_match_workload (
    match_id      uuid        not null references partner_match (id) on delete cascade,
    workload_code varchar(32) not null references workload_area (code),
    primary key (match_id, workload_code)
);
create index partner_match_workload_code_idx on partner_match_workload (workload_code);

create table partner_proposal (
    match_id     uuid         not null references partner_match (id) on delete cascade,
    position     int          not null check (position between 1 and 3),
    partner_id   uuid         not null references organisation (id),
    partner_name varchar(200) not null,
    score        int          not null check (score between 0 and 100),
    breakdown    varchar(200) not null,
    status       varchar(16)  not null check (status in ('QUEUED', 'OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
    opened_at    timestamptz,
    decided_at   timestamptz,
    reason       varchar(1000) not null default '',
    primary key (match_id, position),
    unique (match_id, partner_id),
    constraint partner_proposal_open_has_time check (status <> 'OPEN' or opened_at is not null)
);
create index partner_proposal_partner_idx on partner_proposal (partner_id);
create index partner_proposal_open_idx on partner_proposal (opened_at) where status = 'OPEN';

create table partner_match_transition (
    match_id   uuid          not null references partner_match (id) on delete cascade,
    seq        int           not null,
    by_user    uuid          references app_user (id),
    at         timestamptz   not null,
    from_state varchar(16),
    to_state   varchar(16)   not null,
    reason     varchar(2000) not null default '',
    primary key (match_id, seq)
);
create index partner_match_transition_by_idx on partner_match_transition (by_user);

create table backlog_item (
    id                    uuid         primary key,
    version               bigint       not null default 0,
    engagement_id         uuid         not null references engagement (id) on delete cascade,
    title                 varchar(200) not null check (length(trim(title)) > 0),
    workload_code         varchar(32)  not null references workload_area (code),
    assignee_kind         varchar(16)  not null check (assignee_kind in ('CUSTOMER', 'PARTNER', 'ENGINEER')),
    assignee_name         varchar(200) not null,
    assignee_organisation uuid         references organisation (id),
    assignee_user         uuid         references app_user (id),
    release               varchar(60)  not null check (length(trim(release)) > 0),
    iteration             int          not null check (iteration between 1 and 99),
    status                varchar(16)  not null check (status in ('TODO', 'IN_PROGRESS', 'DONE')),
    estimate              int          not null check (estimate between 0 and 100),
    created_at            timestamptz  not null,
    constraint backlog_item_assignee_complete check (
        (assignee_kind = 'CUSTOMER' and assignee_organisation is null and assignee_user is null)
        or (assignee_kind = 'PARTNER' and assignee_organisation is not null and assignee_user is null)
        or (assignee_kind = 'ENGINEER' and assignee_user is not null and assignee_organisation is null))
);
create index backlog_item_engagement_idx on backlog_item (engagement_id, release, iteration);
create index backlog_item_assignee_organisation_idx on backlog_item (assignee_organisation);
create index backlog_item_assignee_user_idx on backlog_item (assignee_user);
create index backlog_item_workload_idx on backlog_item (workload_code);
