package com.fasttrack.portal.schema;

import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.backlog.Assignee;
import com.fasttrack.portal.backlog.AssigneeKind;
import com.fasttrack.portal.backlog.BacklogItem;
import com.fasttrack.portal.backlog.BacklogStatus;
import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.engagement.Availability;
import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.Stakeholder;
import com.fasttrack.portal.engagement.StakeholderRole;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.health.HealthOverride;
import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.MailMode;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.MatchStatus;
import com.fasttrack.portal.partner.MatchTransition;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Proposal;
import com.fasttrack.portal.partner.ProposalStatus;
import com.fasttrack.portal.security.ApiToken;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.SecurityEvent;
import com.fasttrack.portal.security.SecurityEventKind;
import com.fasttrack.portal.security.ThrottleKey;
import com.fasttrack.portal.security.ThrottleKind;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every length the domain checks is the length of the column it is stored in, and every varchar column of the
 * schema is accounted for: a limit of the domain, the enum or code it holds, or a reason why the domain does not
 * check it. A new varchar column fails this test until it is added to the table below (decision record 014).
 */
@PersistenceTest
class DomainLimitsMatchSchemaTest {

    /** What the domain knows about one column. */
    private sealed interface Known {
    }

    /** The domain checks text against this limit, which must be the column's length exactly. */
    private record Limit(int max) implements Known {
    }

    /** The column holds one of these values (enum names, codes), which must fit. */
    private record Values(List<String> values) implements Known {
    }

    /** The domain does not check it, for this reason. */
    private record Unchecked(String reason) implements Known {
    }

    private static Limit limit(int max) {
        return new Limit(max);
    }

    private static Values names(Class<? extends Enum<?>> type) {
        return new Values(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static Values values(Stream<String> values) {
        return new Values(values.toList());
    }

    private static final Map<String, Known> COLUMNS = new LinkedHashMap<>();

    static {
        Known regionCode = values(Arrays.stream(Region.values()).map(Region::code));
        Known workloadCode = limit(WorkloadCode.MAX);
        COLUMNS.put("region.code", regionCode);
        COLUMNS.put("region.display_name", values(Arrays.stream(Region.values()).map(Region::displayName)));
        COLUMNS.put("organisation.name", limit(Organisation.NAME_MAX));
        COLUMNS.put("organisation.kind", names(OrganisationKind.class));
        COLUMNS.put("organisation.home_region", regionCode);
        COLUMNS.put("app_user.email", limit(EmailAddress.MAX));
        COLUMNS.put("app_user.display_name", limit(UserAccount.DISPLAY_NAME_MAX));
        COLUMNS.put("app_user.password_hash", new Unchecked("written by the password encoder, never typed"));
        COLUMNS.put("app_user.role", names(Role.class));
        COLUMNS.put("workload_area.code", workloadCode);
        COLUMNS.put("workload_area.name", limit(WorkloadArea.NAME_MAX));
        COLUMNS.put("workload_availability.workload_code", workloadCode);
        COLUMNS.put("workload_availability.region_code", regionCode);
        COLUMNS.put("workload_availability.status", names(Availability.class));
        COLUMNS.put("engagement.title", limit(Engagement.TITLE_MAX));
        COLUMNS.put("engagement.goal", limit(Engagement.GOAL_MAX));
        COLUMNS.put("engagement.partnership_option", names(PartnershipOption.class));
        COLUMNS.put("engagement.status", names(EngagementStatus.class));
        COLUMNS.put("engagement.phase", names(Phase.class));
        COLUMNS.put("engagement.assessment_note", limit(Engagement.NOTE_MAX));
        COLUMNS.put("engagement.health_colour", names(HealthColour.class));
        COLUMNS.put("engagement.health_computed", names(HealthColour.class));
        COLUMNS.put("engagement.health_override_colour", names(HealthColour.class));
        COLUMNS.put("engagement.health_override_reason", limit(HealthOverride.REASON_MAX));
        COLUMNS.put("engagement_workload.workload_code", workloadCode);
        COLUMNS.put("stakeholder.name", limit(Stakeholder.NAME_MAX));
        COLUMNS.put("stakeholder.email", limit(Stakeholder.EMAIL_MAX));
        COLUMNS.put("stakeholder.role", names(StakeholderRole.class));
        COLUMNS.put("engagement_planned_end.phase", names(Phase.class));
        COLUMNS.put("engagement_checklist_tick.item", names(ChecklistItem.class));
        COLUMNS.put("phase_transition.from_phase", names(Phase.class));
        COLUMNS.put("phase_transition.to_phase", names(Phase.class));
        COLUMNS.put("phase_transition.reason", limit(Engagement.OVERRIDE_REASON_MAX));
        COLUMNS.put("check_in.kind", names(CheckInKind.class));
        COLUMNS.put("check_in.shared_summary", limit(CheckIn.TEXT_MAX));
        COLUMNS.put("check_in.internal_note", limit(CheckIn.TEXT_MAX));
        COLUMNS.put("check_in.on_track", names(OnTrack.class));
        COLUMNS.put("check_in.outcomes", limit(CheckIn.TEXT_MAX));
        COLUMNS.put("check_in.next_steps", limit(CheckIn.TEXT_MAX));
        COLUMNS.put("blocker.title", limit(Blocker.TITLE_MAX));
        COLUMNS.put("blocker.description", limit(Blocker.TEXT_MAX));
        COLUMNS.put("blocker.severity", names(Severity.class));
        COLUMNS.put("blocker.owner", limit(Blocker.OWNER_MAX));
        COLUMNS.put("blocker.status", names(BlockerStatus.class));
        COLUMNS.put("blocker.resolution_note", limit(Blocker.TEXT_MAX));
        COLUMNS.put("blocker.visibility", names(Visibility.class));
        COLUMNS.put("health_change.colour", names(HealthColour.class));
        COLUMNS.put("scheduled_job_run.job", new Unchecked("job names are constants of the portal's code"));
        COLUMNS.put("scheduled_job_run.claimed_by", new Unchecked("the instance's name, set by the portal"));
        COLUMNS.put("partner_profile.partner_type", names(PartnerType.class));
        COLUMNS.put("partner_region.region_code", regionCode);
        COLUMNS.put("partner_specialty.workload_code", workloadCode);
        COLUMNS.put("partner_match.preferred_type", names(PartnerType.class));
        COLUMNS.put("partner_match.note", limit(PartnerMatch.NOTE_MAX));
        COLUMNS.put("partner_match.state", names(MatchStatus.class));
        COLUMNS.put("partner_match_workload.workload_code", workloadCode);
        COLUMNS.put("partner_proposal.partner_name", limit(Proposal.PARTNER_NAME_MAX));
        COLUMNS.put("partner_proposal.breakdown", limit(Proposal.BREAKDOWN_MAX));
        COLUMNS.put("partner_proposal.status", names(ProposalStatus.class));
        COLUMNS.put("partner_proposal.reason", limit(Proposal.REASON_MAX));
        COLUMNS.put("partner_match_transition.from_state", names(MatchStatus.class));
        COLUMNS.put("partner_match_transition.to_state", names(MatchStatus.class));
        COLUMNS.put("partner_match_transition.reason", limit(MatchTransition.REASON_MAX));
        COLUMNS.put("backlog_item.title", limit(BacklogItem.TITLE_MAX));
        COLUMNS.put("backlog_item.workload_code", workloadCode);
        COLUMNS.put("backlog_item.assignee_kind", names(AssigneeKind.class));
        COLUMNS.put("backlog_item.assignee_name", limit(Assignee.NAME_MAX));
        COLUMNS.put("backlog_item.release", limit(BacklogItem.RELEASE_MAX));
        COLUMNS.put("backlog_item.status", names(BacklogStatus.class));
        COLUMNS.put("api_token.name", limit(ApiToken.NAME_MAX));
        COLUMNS.put("api_token.prefix", new Unchecked("generated by the portal with the token"));
        COLUMNS.put("api_token.token_hash", new Unchecked("a digest the portal computes, never typed"));
        COLUMNS.put("activity.actor_name", limit(ActivityEntry.ACTOR_NAME_MAX));
        COLUMNS.put("activity.kind", names(ActivityKind.class));
        COLUMNS.put("activity.summary", limit(ActivityEntry.TEXT_MAX));
        COLUMNS.put("activity.before_value", limit(ActivityEntry.TEXT_MAX));
        COLUMNS.put("activity.after_value", limit(ActivityEntry.TEXT_MAX));
        COLUMNS.put("activity.visibility", names(Visibility.class));
        COLUMNS.put("notification.kind", names(NotificationKind.class));
        COLUMNS.put("notification.text", limit(Notification.TEXT_MAX));
        COLUMNS.put("notification.tab", values(Arrays.stream(NotificationKind.values()).map(kind -> kind.tab().slug())));
        COLUMNS.put("notification.visibility", names(Visibility.class));
        COLUMNS.put("notification.mail", names(MailDelivery.class));
        COLUMNS.put("notification.mail_claimed_by", new Unchecked("the sending instance's name, set by the portal"));
        COLUMNS.put("notification_preference.mail_mode", names(MailMode.class));
        COLUMNS.put("sign_in_throttle.kind", names(ThrottleKind.class));
        COLUMNS.put("sign_in_throttle.account", limit(ThrottleKey.ACCOUNT_MAX));
        COLUMNS.put("sign_in_throttle.client_address", limit(ThrottleKey.ADDRESS_MAX));
        COLUMNS.put("security_event.kind", names(SecurityEventKind.class));
        COLUMNS.put("security_event.subject_email", limit(SecurityEvent.EMAIL_MAX));
        COLUMNS.put("security_event.client_address", limit(SecurityEvent.ADDRESS_MAX));
        COLUMNS.put("security_event.detail", limit(SecurityEvent.DETAIL_MAX));
    }

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Integer> varcharColumns() {
        Map<String, Integer> columns = new LinkedHashMap<>();
        jdbc.query("""
                select table_name, column_name, character_maximum_length from information_schema.columns
                where table_schema = current_schema() and data_type in ('character varying', 'character')
                  and table_name <> 'flyway_schema_history'
                order by table_name, ordinal_position""",
                rs -> {
                    columns.put(rs.getString(1) + "." + rs.getString(2), (Integer) rs.getObject(3));
                });
        return columns;
    }

    @Test
    void everyVarcharColumnIsKnownToTheDomain() {
        Set<String> unknown = new TreeSet<>(varcharColumns().keySet());
        unknown.removeAll(COLUMNS.keySet());
        assertThat(unknown).as("varchar columns without a domain limit, value set or reason in this test").isEmpty();
        Set<String> gone = new TreeSet<>(COLUMNS.keySet());
        gone.removeAll(varcharColumns().keySet());
        assertThat(gone).as("columns this test knows that the schema no longer has").isEmpty();
    }

    @Test
    void everyDomainLimitIsItsColumnsLength() {
        Map<String, Integer> columns = varcharColumns();
        Map<String, String> mismatches = new LinkedHashMap<>();
        COLUMNS.forEach((column, known) -> {
            Integer length = columns.get(column);
            if (length == null) {
                return;
            }
            switch (known) {
                case Limit limit when limit.max() != length ->
                        mismatches.put(column, "domain " + limit.max() + ", column " + length);
                case Values values when values.values().stream().anyMatch(v -> v.length() > length) ->
                        mismatches.put(column, "a value longer than " + length);
                case Limit limit -> { }
                case Values values -> { }
                case Unchecked unchecked -> { }
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void varcharCountsCharactersAsTheDomainDoes() {
        String emoji = "😀".repeat(Blocker.TITLE_MAX);
        assertThat(jdbc.queryForObject("select length(cast(? as varchar(200)))", Integer.class, emoji))
                .isEqualTo(emoji.codePointCount(0, emoji.length()));
    }
}
