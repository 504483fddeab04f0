-- Personal API tokens: only a SHA-256 of the token is stored; the token itself is shown once.

create table api_token (
    id           uuid         primary key,
    user_id      uuid         not null references app_user (id),
    name         varchar(100) not null check (length(trim(name)) > 0),
    token_hash   char(64)     not null unique,
    prefix       varchar(12)  not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);
