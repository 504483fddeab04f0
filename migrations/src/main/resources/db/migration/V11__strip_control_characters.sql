-- One rule for text (decision record 014): the domain now refuses C0 control characters other than tab, LF and CR in
-- everything it validates, also when it reads a row back. Rows written before the rule may hold some (PostgreSQL
-- cannot store NUL, but it stores U+0001..U+001F): they are removed here once, so that no record becomes unreadable.
-- Tab, LF and CR stay: the domain folds or normalises them itself.

create function pg_temp.visible(value text) returns text language sql immutable as $$
    select regexp_replace(value, '[\x01-\x08\x0B\x0C\x0E-\x1F]', '', 'g')
$$;

update organisation set name = pg_temp.visible(name) where name ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]';
update app_user set display_name = pg_temp.visible(display_name) where display_name ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]';
update workload_area set name = pg_temp.visible(name) where name ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]';
update engagement set title = pg_temp.visible(title), goal = pg_temp.visible(goal),
                      assessment_note = pg_temp.visible(assessment_note),
                      health_override_reason = pg_temp.visible(health_override_reason)
where title ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]' or goal ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]'
   or assessment_note ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]' or health_override_reason ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]';
update stakeholder set name = pg_temp.visible(name), email = pg_temp.visible(email)
where name ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]' or email ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]';
update phase_transition set reason = pg_temp.visible(reason) where reason ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]';
update check_in set attendees = pg_temp.visible(attendees), shared_summary = pg_temp.visible(shared_summary),
                    internal_note = pg_temp.visible(internal_note), outcomes = pg_temp.visible(outcomes),
                    next_steps = pg_temp.visible(next_steps)
where attendees ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]' or shared_summary ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]'
   or internal_note ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]' or outcomes ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]'
   or next_steps ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]';
update blocker set title = pg_temp.visible(title), description = pg_temp.visible(description),
                   owner = pg_temp.visible(owner), resolution_note = pg_temp.visible(resolution_note)
where title ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]' or description ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]'
   or owner ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]' or resolution_note ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]';
update partner_match set note = pg_temp.visible(note) where note ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]';
update partner_proposal set reason = pg_temp.visible(reason) where reason ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]';
update partner_match_transition set reason = pg_temp.visible(reason) where reason ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]';
update backlog_item set title = pg_temp.visible(title), assignee_name = pg_temp.visible(assignee_name),
                        release = pg_temp.visible(release)
where title ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]' or assignee_name ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]'
   or release ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]';
update api_token set name = pg_temp.visible(name) where name ~ '[\x01-\x08\x0B\x0C\x0E-\x1F]';
