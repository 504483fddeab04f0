package com.fasttrack.portal.organisation.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

@Entity
@Table(name = "organisation")
public class OrganisationEntity {

    @Id
    private UUID id;

    @Version
    private Long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "home_region", nullable = false, length = 8)
    private String homeRegion;

    protected OrganisationEntity() {
    }

    OrganisationEntity(UUID id) {
        this.id = id;
    }

    public UUID getId() {
        return id;
    }

    /** 0 until first stored; JPA sees a null version as a new row. */
    public long getVersion() {
        return version == null ? 0 : version;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    void setKind(String kind) {
        this.kind = kind;
    }

    public String getHomeRegion() {
        return homeRegion;
    }

    void setHomeRegion(String homeRegion) {
        this.homeRegion = homeRegion;
    }
}
