package com.fasttrack.portal.engagement.jpa;

import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementState;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.EngagementSummary;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.PhaseTransition;
import com.fasttrack.portal.engagement.Stakeholder;
import com.fasttrack.portal.engagement.StakeholderId;
import com.fasttrack.portal.engagement.StakeholderRole;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.jdbc.EngagementRecordSql;
import com.fasttrack.portal.engagement.jdbc.EngagementScopeSql;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.PageResult;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Engagements in PostgreSQL: written through JPA, found and listed only within a scope, in SQL. */
@Repository
@Transactional
class JpaEngagements implements Engagements {

    private final EngagementJpaRepository repository;
    private final EngagementListQuery listQuery;
    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    JpaEngagements(EngagementJpaRepository repository, EngagementListQuery listQuery,
                   NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
        this.repository = repository;
        this.listQuery = listQuery;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @Override
    public Engagement save(Engagement engagement) {
        EngagementState state = engagement.state();
        EngagementEntity entity = repository.findById(state.id().value())
                .orElseGet(() -> new EngagementEntity(state.id().value(), state.customerId().value(),
                        state.createdAt()));
        if (entity.getVersion() != state.version()) {
            throw new ObjectOptimisticLockingFailureException(EngagementEntity.class, state.id().value());
        }
        write(state, entity);
        try {
            return toDomain(repository.saveAndFlush(entity));
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            // the session still holds the refused entity; forget it so that a find in the same transaction reads
            // the winner's committed row (a new statement under READ COMMITTED) to tell the user what changed
            entityManager.clear();
            throw concurrent;
        }
    }

    /** One statement: the scoped row with its collections as arrays (no lazy loads, no separate visibility check). */
    @Override
    @Transactional(readOnly = true)
    public Optional<Engagement> find(EngagementId id, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", id.value());
        String condition = EngagementScopeSql.condition(scope, parameters);
        return jdbc.query("select " + EngagementRecordSql.COLUMNS + " from engagement e where e.id = :id and ("
                + condition + ")", parameters, (rs, i) -> EngagementRecordSql.engagement(rs)).stream().findFirst();
    }

    @Override
    public List<EngagementSummary> list(EngagementFilter filter, EngagementScope scope, PageRequest page) {
        return listQuery.list(filter, scope, page);
    }

    @Override
    public long count(EngagementFilter filter, EngagementScope scope) {
        return listQuery.count(filter, scope);
    }

    @Override
    public PageResult<EngagementSummary> page(EngagementFilter filter, EngagementScope scope, PageRequest page) {
        return listQuery.page(filter, scope, page);
    }

    private static void write(EngagementState state, EngagementEntity entity) {
        entity.setFields(state.title(), state.goal(), state.option().name(), state.status().name(),
                state.phase().name(), state.targetGoLive(), state.pocGoLive(), state.assessmentNote());
        entity.setCadenceDays(state.cadenceDays());
        sync(entity.getWorkloads(), state.workloads().stream().map(WorkloadCode::value).collect(Collectors.toSet()));
        sync(entity.getEngineers(), state.engineers().stream().map(UserId::value).collect(Collectors.toSet()));
        sync(entity.getTicked(), state.ticked().stream().map(ChecklistItem::name).collect(Collectors.toSet()));
        Map<String, java.time.LocalDate> plannedEnds = new HashMap<>();
        state.plannedEnds().forEach((phase, date) -> plannedEnds.put(phase.name(), date));
        entity.getPlannedEnds().keySet().retainAll(plannedEnds.keySet());
        plannedEnds.forEach((phase, date) -> {
            if (!date.equals(entity.getPlannedEnds().get(phase))) {
                entity.getPlannedEnds().put(phase, date);
            }
        });
        writeStakeholders(state.stakeholders(), entity.getStakeholders());
        // transitions are append-only: only the new ones are added
        List<PhaseTransition> transitions = state.transitions();
        for (int i = entity.getTransitions().size(); i < transitions.size(); i++) {
            PhaseTransition t = transitions.get(i);
            entity.getTransitions().add(new TransitionValue(t.from().name(), t.to() == null ? null : t.to().name(),
                    t.by().value(), t.at(), t.reason(), t.override()));
        }
    }

    private static <T> void sync(Set<T> stored, Set<T> wanted) {
        stored.retainAll(wanted);
        stored.addAll(wanted);
    }

    private static void writeStakeholders(List<Stakeholder> wanted, List<StakeholderEntity> stored) {
        Set<UUID> keep = wanted.stream().map(s -> s.id().value()).collect(Collectors.toSet());
        stored.removeIf(entity -> !keep.contains(entity.getId()));
        Map<UUID, StakeholderEntity> byId = stored.stream()
                .collect(Collectors.toMap(StakeholderEntity::getId, e -> e));
        for (int position = 0; position < wanted.size(); position++) {
            Stakeholder stakeholder = wanted.get(position);
            StakeholderEntity entity = byId.get(stakeholder.id().value());
            if (entity == null) {
                entity = new StakeholderEntity(stakeholder.id().value());
                stored.add(entity);
            }
            entity.update(position, stakeholder.name(), stakeholder.email(), stakeholder.role().name(),
                    stakeholder.userId() == null ? null : stakeholder.userId().value());
        }
    }

    static Engagement toDomain(EngagementEntity entity) {
        Set<WorkloadCode> workloads = new LinkedHashSet<>();
        entity.getWorkloads().stream().sorted().forEach(code -> workloads.add(new WorkloadCode(code)));
        Set<UserId> engineers = new LinkedHashSet<>();
        entity.getEngineers().forEach(id -> engineers.add(new UserId(id)));
        List<Stakeholder> stakeholders = entity.getStakeholders().stream()
                .sorted(java.util.Comparator.comparingInt(StakeholderEntity::getPosition))
                .map(s -> new Stakeholder(new StakeholderId(s.getId()), s.getName(), s.getEmail(),
                        StakeholderRole.valueOf(s.getRole()), s.getUserId() == null ? null : new UserId(s.getUserId())))
                .toList();
        Map<Phase, java.time.LocalDate> plannedEnds = new EnumMap<>(Phase.class);
        entity.getPlannedEnds().forEach((phase, date) -> plannedEnds.put(Phase.valueOf(phase), date));
        Set<ChecklistItem> ticked = EnumSet.noneOf(ChecklistItem.class);
        entity.getTicked().forEach(item -> ticked.add(ChecklistItem.valueOf(item)));
        List<PhaseTransition> transitions = new ArrayList<>();
        for (TransitionValue t : entity.getTransitions()) {
            transitions.add(new PhaseTransition(Phase.valueOf(t.getFromPhase()),
                    t.getToPhase() == null ? null : Phase.valueOf(t.getToPhase()), new UserId(t.getByUser()),
                    t.getAt(), t.getReason(), t.isOverride()));
        }
        return Engagement.restore(new EngagementState(new EngagementId(entity.getId()), entity.getVersion(),
                new OrganisationId(entity.getCustomerId()), entity.getTitle(), entity.getGoal(),
                PartnershipOption.valueOf(entity.getOption()), workloads, engineers, stakeholders,
                EngagementStatus.valueOf(entity.getStatus()), Phase.valueOf(entity.getPhase()), plannedEnds,
                entity.getTargetGoLive(), entity.getPocGoLive(), entity.getAssessmentNote(), ticked, transitions,
                entity.getCreatedAt(), entity.getCadenceDays()));
    }
}
