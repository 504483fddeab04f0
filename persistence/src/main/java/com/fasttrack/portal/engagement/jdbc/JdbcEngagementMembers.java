package com.fasttrack.portal.engagement.jdbc;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementMembers;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserId;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The people on an engagement in one statement: the customer organisation's enabled customers, the assigned enabled
 * engineers, and the enabled users of the partner engaged there (the rule of {@link EngagementScopeSql#ofUserRow}).
 */
@Repository
@Transactional(readOnly = true)
class JdbcEngagementMembers implements EngagementMembers {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcEngagementMembers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Member> of(EngagementId engagement) {
        // program managers see every engagement but are on none
        return jdbc.query("select u.id, u.display_name, u.role from engagement e join app_user u on u.enabled"
                + " and u.role <> 'PROGRAM_MANAGER' and " + EngagementScopeSql.ofUserRow("u") + """
                 where e.id = :engagement
                order by case u.role when 'CUSTOMER' then 0 when 'ENGINEER' then 1 else 2 end,
                         lower(u.display_name), u.id""",
                new MapSqlParameterSource("engagement", engagement.value()),
                (rs, i) -> new Member(new UserId(rs.getObject("id", UUID.class)), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role"))));
    }
}
