package com.fasttrack.portal.organisation;

import com.fasttrack.portal.shared.Require;

import java.util.Objects;

/** A customer or partner organisation; users belong to at most one. */
public record Organisation(OrganisationId id, long version, String name, OrganisationKind kind, Region homeRegion) {

    public static final int NAME_MAX = 200;

    public Organisation {
        Objects.requireNonNull(id, "id");
        name = Require.nonBlank(name, "Name", NAME_MAX);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(homeRegion, "homeRegion");
    }

    public static Organisation create(String name, OrganisationKind kind, Region homeRegion) {
        return new Organisation(OrganisationId.random(), 0, name, kind, homeRegion);
    }

    public Organisation rename(String newName, Region newHomeRegion) {
        return new Organisation(id, version, newName, kind, newHomeRegion);
    }
}
