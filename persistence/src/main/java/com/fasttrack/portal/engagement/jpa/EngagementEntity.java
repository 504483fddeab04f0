package com.fasttrack.portal.engagement.jpa;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "engagement")
public class EngagementEntity {

    @Id
    private UUID id;

    @Version
    private Long version;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String goal;

    @Column(name = "partnership_option", nullable = false, length = 32)
    private String option;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(nullable = false, length = 32)
    private String phase;

    @Column(name = "target_go_live")
    private LocalDate targetGoLive;

    @Column(name = "poc_go_live")
    private LocalDate pocGoLive;

    @Column(name = "assessment_note", nullable = false, length = 4000)
    private String assessmentNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "check_in_cadence_days")
    private Integer cadenceDays;

    @ElementCollection
    @CollectionTable(name = "engagement_workload", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "workload_code")
    private Set<String> workloads = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "engagement_engineer", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "user_id")
    private Set<UUID> engineers = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "engagement_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<StakeholderEntity> stakeholders = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "engagement_planned_end", joinColumns = @JoinColumn(name = "engagement_id"))
    @MapKeyColumn(name = "phase")
    @Column(name = "planned_end")
    private Map<String, LocalDate> plannedEnds = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "engagement_checklist_tick", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "item")
    private Set<String> ticked = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "phase_transition", joinColumns = @JoinColumn(name = "engagement_id"))
    @OrderColumn(name = "seq")
    private List<TransitionValue> transitions = new ArrayList<>();

    protected EngagementEntity() {
    }

    EngagementEntity(UUID id, UUID customerId, Instant createdAt) {
        this.id = id;
        this.customerId = customerId;
        this.createdAt = createdAt;
    }

    void setFields(String title, String goal, String option, String status, String phase, LocalDate targetGoLive,
                   LocalDate pocGoLive, String assessmentNote) {
        this.title = title;
        this.goal = goal;
        this.option = option;
        this.status = status;
        this.phase = phase;
        this.targetGoLive = targetGoLive;
        this.pocGoLive = pocGoLive;
        this.assessmentNote = assessmentNote;
    }

    public Integer getCadenceDays() {
        return cadenceDays;
    }

    void setCadenceDays(Integer cadenceDays) {
        this.cadenceDays = cadenceDays;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public String getTitle() {
        return title;
    }

    public String getGoal() {
        return goal;
    }

    public String getOption() {
        return option;
    }

    public String getStatus() {
        return status;
    }

    public String getPhase() {
        return phase;
    }

    public LocalDate getTargetGoLive() {
        return targetGoLive;
    }

    public LocalDate getPocGoLive() {
        return pocGoLive;
    }

    public String getAssessmentNote() {
        return assessmentNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getWorkloads() {
        return workloads;
    }

    public Set<UUID> getEngineers() {
        return engineers;
    }

    public List<StakeholderEntity> getStakeholders() {
        return stakeholders;
    }

    public Map<String, LocalDate> getPlannedEnds() {
        return plannedEnds;
    }

    public Set<String> getTicked() {
        return ticked;
    }

    public List<TransitionValue> getTransitions() {
        return transitions;
    }
}
