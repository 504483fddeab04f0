-- Data sets seeded in bulk (the scale data set of issue 14, decision record 022): one row per set, written in the
-- transaction that seeded it, so a restart asks one primary-key question instead of scanning the data.
create table seeded_data_set (
    name      text        primary key,
    size      text        not null,
    seeded_at timestamptz not null,
    row_count bigint      not null
);
