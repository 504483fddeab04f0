-- The engagements list's text search (issue 14): "contains" over 10,000 titles and goals must use an index.
-- pg_trgm is a contrib module shipped with PostgreSQL 17 (the embedded binaries and the postgres:17 image) and a
-- trusted extension, so the database owner may create it. A GIN trigram index answers `ilike '%text%'` on exactly
-- the expression it is built on; EngagementListQuery.searchedText writes the same expression (decision 024).
create extension if not exists pg_trgm;

-- title and goal as one searched text; the unit separator (never typed: searches drop control characters) keeps a
-- match from spanning the end of the title and the start of the goal
create index engagement_text_trgm_idx on engagement using gin ((title || E'\x1f' || goal) gin_trgm_ops);

-- the customer's name, which the same search matches
create index organisation_name_trgm_idx on organisation using gin (name gin_trgm_ops);
