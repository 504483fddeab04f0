package com.fasttrack.portal.engagement.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

@Entity
@Table(name = "stakeholder")
public class StakeholderEntity {

    @Id
    private UUID id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 32)
    private String role;

    @Column(name = "user_id")
    private UUID userId;

    protected StakeholderEntity() {
    }

    StakeholderEntity(UUID id) {
        this.id = id;
    }

    public UUID getId() {
        return id;
    }

    void update(int position, String name, String email, String role, UUID userId) {
        this.position = position;
        this.name = name;
        this.email = email;
        this.role = role;
        this.userId = userId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getRole() {
        return role;
    }

    public UUID getUserId() {
        return userId;
    }
}
