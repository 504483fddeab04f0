package com.fasttrack.portal.architecture;

import com.fasttrack.portal.Application;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Imports only the classes portal-ui itself compiles, found by where they were loaded from: the domain and
 * persistence modules use the same package names, and their classes would otherwise glue portal-ui's slices together.
 */
public final class PortalUiClasses implements ImportOption {

    private static final ModuleLocation OWN_LOCATION = ModuleLocation.of(Application.class);

    @Override
    public boolean includes(Location location) {
        return OWN_LOCATION.holds(location.asURI());
    }
}
