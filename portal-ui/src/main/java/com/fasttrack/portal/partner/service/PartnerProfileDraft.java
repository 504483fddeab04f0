package com.fasttrack.portal.partner.service;

import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.PartnerType;

import org.jspecify.annotations.Nullable;

import java.util.Set;

/** What the directory form hands out: a partner's type, regions, specialties and capacity. */
public record PartnerProfileDraft(@Nullable PartnerType type, Set<Region> regions, Set<WorkloadCode> specialties,
                                  int capacity) {
}
