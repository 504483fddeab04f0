-- The engagement record: workload catalogue (reference data), engagements and their parts.

create table workload_area (
    code       varchar(32)  primary key,
    version    bigint       not null default 0,
    name       varchar(120) not null unique,
    sort_order int          not null
);

create table workload_availability (
    workload_code  varchar(32) not null references workload_area (code),
    region_code    varchar(8)  not null references region (code),
    status         varchar(16) not null check (status in ('AVAILABLE', 'PREVIEW', 'UNAVAILABLE')),
    available_from date,
    primary key (workload_code, region_code)
);
create index workload_availability_region_idx on workload_availability (region_code);

-- The catalogue as the source page states it (kept in step with StandardCatalogue by a test).
insert into workload_area (code, name, sort_order) values
    ('DC_MIGRATION',              'DC migration',                             1),
    ('WINDOWS_SERVER',            'Windows Server on Azure',                  2),
    ('LINUX',                     'Linux on Azure',                           3),
    ('SAP',                       'SAP on Azure',                             4),
    ('BCDR',                      'Business continuity & disaster recovery',  5),
    ('HPC',                       'High-performance computing',               6),
    ('CLOUD_NATIVE',              'Cloud-native apps',                        7),
    ('DEVOPS',                    'DevOps',                                   8),
    ('APP_MODERNIZATION',         'App modernization',                        9),
    ('CLOUD_SCALE_ANALYTICS',     'Cloud-scale analytics',                   10),
    ('INTELLIGENT_APPS',          'Intelligent apps',                        11),
    ('INTELLIGENT_AGENTS',        'Intelligent agents',                      12),
    ('DATA_MODERNIZATION',        'Data modernization to Azure',             13),
    ('SECURITY_MANAGEMENT',       'Security & management',                   14),
    ('GLOBALLY_DISTRIBUTED_DATA', 'Globally distributed data',               15),
    ('IOT',                       'IoT',                                     16);

insert into workload_availability (workload_code, region_code, status, available_from)
select w.code, r.code,
       case
           when w.code = 'HPC' then case when r.code in ('US', 'CA', 'UK', 'WEU') then 'PREVIEW' else 'UNAVAILABLE' end
           when w.code in ('CLOUD_SCALE_ANALYTICS', 'INTELLIGENT_AGENTS')
               then case when r.code in ('UK', 'WEU') then 'PREVIEW' else 'UNAVAILABLE' end
           else 'AVAILABLE'
       end,
       case when w.code = 'IOT' then date '2019-07-01' end
from workload_area w cross join region r;

create table engagement (
    id                 uuid          primary key,
    version            bigint        not null default 0,
    customer_id        uuid          not null references organisation (id),
    title              varchar(200)  not null check (length(trim(title)) > 0),
    goal               varchar(4000) not null default '',
    partnership_option varchar(32)   not null
        check (partnership_option in ('GUIDED_SELF_SERVICE', 'FASTTRACK', 'SOLUTIONS_PARTNER', 'SUPPORTED_SELF_SERVICE')),
    status             varchar(16)   not null check (status in ('ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED')),
    phase              varchar(32)   not null
        check (phase in ('DISCOVERY', 'SOLUTION_ENABLEMENT', 'CONTINUOUS_PARTNERSHIP')),
    target_go_live     date,
    poc_go_live        date,
    assessment_note    varchar(4000) not null default '',
    created_at         timestamptz   not null
);
create index engagement_customer_idx on engagement (customer_id);
create index engagement_phase_idx on engagement (phase);
create index engagement_status_idx on engagement (status);
create index engagement_option_idx on engagement (partnership_option);
create index engagement_title_idx on engagement (lower(title));

create table engagement_workload (
    engagement_id uuid        not null references engagement (id) on delete cascade,
    workload_code varchar(32) not null references workload_area (code),
    primary key (engagement_id, workload_code)
);
create index engagement_workload_code_idx on engagement_workload (workload_code);

create table engagement_engineer (
    engagement_id uuid not null references engagement (id) on delete cascade,
    user_id       uuid not null references app_user (id),
    primary key (engagement_id, user_id)
);
create index engagement_engineer_user_idx on engagement_engineer (user_id);

create table stakeholder (
    id            uuid         primary key,
    engagement_id uuid         not null references engagement (id) on delete cascade,
    position      int          not null,
    name          varchar(200) not null,
    email         varchar(254),
    role          varchar(32)  not null
        check (role in ('EXECUTIVE_SPONSOR', 'TECHNICAL_LEAD', 'PROJECT_MANAGER', 'OTHER')),
    user_id       uuid         references app_user (id)
);
create index stakeholder_engagement_idx on stakeholder (engagement_id);
create index stakeholder_user_idx on stakeholder (user_id);

create table engagement_planned_end (
    engagement_id uuid        not null references engagement (id) on delete cascade,
    phase         varchar(32) not null
        check (phase in ('DISCOVERY', 'SOLUTION_ENABLEMENT', 'CONTINUOUS_PARTNERSHIP')),
    planned_end   date        not null,
    primary key (engagement_id, phase)
);

create table engagement_checklist_tick (
    engagement_id uuid        not null references engagement (id) on delete cascade,
    item          varchar(40) not null
        check (item in ('DESIGN_PRINCIPLES_REVIEWED', 'ARCHITECTURE_REVIEWED', 'POC_DONE', 'PERIODIC_CHECKINS')),
    primary key (engagement_id, item)
);

create table phase_transition (
    engagement_id uuid         not null references engagement (id) on delete cascade,
    seq           int          not null,
    from_phase    varchar(32)  not null,
    to_phase      varchar(32),
    by_user       uuid         not null references app_user (id),
    at            timestamptz  not null,
    reason        varchar(1000),
    override      boolean      not null,
    primary key (engagement_id, seq),
    constraint phase_transition_override_has_reason check (not override or reason is not null)
);
create index phase_transition_by_user_idx on phase_transition (by_user);
