package com.fasttrack.portal.architecture;

import java.net.URI;

/** Where a module's classes come from (its classes directory or jar), to tell modules apart by location. */
final class ModuleLocation {

    private final String prefix;

    private ModuleLocation(String prefix) {
        this.prefix = prefix;
    }

    /** The place every class loaded from the same classes directory or jar as the given class shares. */
    static ModuleLocation of(Class<?> member) {
        String own = normalised(member.getResource(member.getSimpleName() + ".class").toString());
        String path = member.getName().replace('.', '/') + ".class";
        return new ModuleLocation(own.substring(0, own.length() - path.length()));
    }

    boolean holds(URI location) {
        return normalised(location.toString()).startsWith(prefix);
    }

    // the class loader writes file:/x, ArchUnit's sources file:///x
    private static String normalised(String uri) {
        return uri.replace("file:///", "file:/");
    }
}
