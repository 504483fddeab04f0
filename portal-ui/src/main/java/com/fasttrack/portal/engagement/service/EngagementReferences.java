package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCatalogue;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the ids a form hands out into what the engagement needs, refusing unknown workloads and non-engineers. */
@NotABoundary("resolves a form's ids for EngagementService inside its transaction; package-private, no view reaches it")
@Component
class EngagementReferences {

    private final WorkloadCatalogue catalogue;
    private final UserAccounts users;

    EngagementReferences(WorkloadCatalogue catalogue, UserAccounts users) {
        this.catalogue = catalogue;
        this.users = users;
    }

    List<WorkloadArea> workloads(Set<WorkloadCode> codes) {
        Map<WorkloadCode, WorkloadArea> byCode = catalogue.all().stream()
                .collect(Collectors.toMap(WorkloadArea::code, Function.identity()));
        return codes.stream().map(code -> {
            WorkloadArea area = byCode.get(code);
            if (area == null) {
                throw new DomainException("There is no workload " + code + " in the catalogue");
            }
            return area;
        }).toList();
    }

    List<WorkloadArea> catalogue() {
        return catalogue.all();
    }

    List<WorkloadChoice> choices(com.fasttrack.portal.organisation.Region region, java.time.LocalDate today) {
        return catalogue.all().stream().map(area -> new WorkloadChoice(area.code(), area.name(),
                area.availabilityOn(region, today), region.displayName())).toList();
    }

    List<EngagementDetails.Person> activeEngineers() {
        return users.enabledWithRole(Role.ENGINEER, com.fasttrack.portal.shared.PageRequest.of(0, 1000)).stream()
                .map(user -> new EngagementDetails.Person(user.id(), user.displayName())).toList();
    }

    Set<UserId> engineers(Set<UserId> ids) {
        List<UserAccount> accounts = users.findByIds(ids);
        Set<UserId> engineers = new LinkedHashSet<>();
        for (UserAccount account : accounts) {
            if (account.role() != Role.ENGINEER || !account.enabled()) {
                throw new DomainException(account.displayName() + " is not an active engineer");
            }
            engineers.add(account.id());
        }
        if (engineers.size() != ids.size()) {
            throw new DomainException("An assigned engineer does not exist");
        }
        return engineers;
    }
}
