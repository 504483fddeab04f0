-- Foundation: regions (reference data), organisations and user accounts.

create table region (
    code         varchar(8)   primary key,
    display_name varchar(100) not null unique,
    sort_order   int          not null
);

insert into region (code, display_name, sort_order) values
    ('US',   'United States',        1),
    ('CA',   'Canada',               2),
    ('BR',   'Brazil',               3),
    ('UK',   'United Kingdom',       4),
    ('WEU',  'Western Europe',       5),
    ('NEU',  'Northern Europe',      6),
    ('IN',   'India',                7),
    ('JP',   'Japan',                8),
    ('AU',   'Australia',            9),
    ('APAC', 'Asia Pacific',        10),
    ('MEA',  'Middle East & Africa', 11);

create table organisation (
    id          uuid         primary key,
    version     bigint       not null default 0,
    name        varchar(200) not null,
    kind        varchar(16)  not null check (kind in ('CUSTOMER', 'PARTNER')),
    home_region varchar(8)   not null references region (code),
    created_at  timestamptz  not null default now()
);
create unique index organisation_name_uq on organisation (lower(name));
create index organisation_home_region_idx on organisation (home_region);
create index organisation_kind_idx on organisation (kind);

create table app_user (
    id                       uuid         primary key,
    version                  bigint       not null default 0,
    email                    varchar(254) not null,
    display_name             varchar(200) not null,
    password_hash            varchar(500) not null,
    role                     varchar(32)  not null
        check (role in ('CUSTOMER', 'ENGINEER', 'PROGRAM_MANAGER', 'PARTNER')),
    enabled                  boolean      not null default true,
    organisation_id          uuid         references organisation (id),
    password_change_required boolean      not null default false,
    created_at               timestamptz  not null default now(),
    constraint app_user_email_lower check (email = lower(email)),
    -- customers and partners belong to an organisation, the provider's staff to none
    constraint app_user_organisation_by_role check (
        (role in ('CUSTOMER', 'PARTNER') and organisation_id is not null)
        or (role in ('ENGINEER', 'PROGRAM_MANAGER') and organisation_id is null))
);
create unique index app_user_email_uq on app_user (email);
create index app_user_organisation_idx on app_user (organisation_id);
create index app_user_role_idx on app_user (role);
