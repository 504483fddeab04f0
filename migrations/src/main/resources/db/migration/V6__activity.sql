-- The activity history: append-only, enforced by the database itself.

create table activity (
    id            uuid          primary key,
    engagement_id uuid          not null references engagement (id),
    at            timestamptz   not null,
    actor         uuid          not null references app_user (id),
    actor_name    varchar(200)  not null,
    kind          varchar(40)   not null,
    summary       varchar(2000) not null,
    before_value  varchar(2000),
    after_value   varchar(2000),
    visibility    varchar(16)   not null check (visibility in ('SHARED', 'INTERNAL'))
);
create index activity_engagement_idx on activity (engagement_id, at desc);
create index activity_actor_idx on activity (actor);

create function activity_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'activity is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger activity_no_update before update or delete on activity
    for each row execute function activity_is_append_only();
create trigger activity_no_truncate before truncate on activity
    for each statement execute function activity_is_append_only();
