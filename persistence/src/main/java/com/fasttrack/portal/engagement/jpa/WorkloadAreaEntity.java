package com.fasttrack.portal.engagement.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

@Entity
@Table(name = "workload_area")
public class WorkloadAreaEntity {

    @Id
    private String code;

    @Version
    private Long version;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workload_availability", joinColumns = @JoinColumn(name = "workload_code"))
    @MapKeyColumn(name = "region_code")
    private Map<String, AvailabilityValue> regions = new HashMap<>();

    protected WorkloadAreaEntity() {
    }

    public String getCode() {
        return code;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public Map<String, AvailabilityValue> getRegions() {
        return regions;
    }

    /** One region's availability as a row of workload_availability. */
    @Embeddable
    public static class AvailabilityValue {

        @Column(name = "status", nullable = false, length = 16)
        private String status;

        @Column(name = "available_from")
        private LocalDate availableFrom;

        protected AvailabilityValue() {
        }

        AvailabilityValue(String status, LocalDate availableFrom) {
            this.status = status;
            this.availableFrom = availableFrom;
        }

        public String getStatus() {
            return status;
        }

        public LocalDate getAvailableFrom() {
            return availableFrom;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AvailabilityValue value && value.status.equals(status)
                    && java.util.Objects.equals(value.availableFrom, availableFrom);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(status, availableFrom);
        }
    }
}
