package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.SecurityEventKind;
import com.fasttrack.portal.security.SecurityLog;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.UserThreads;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A foreign engagement id answers exactly like a missing one, and is recorded in the security log although the
 * request's own transaction rolls back with the "not found".
 */
@PortalIntegrationTest
class AccessRefusedAuditTest {

    @Autowired
    EngagementService engagements;
    @Autowired
    TestData testData;
    @Autowired
    UserThreads as;
    @Autowired
    SecurityLog log;

    @Test
    void aForeignIdAnswersNotFoundLikeAMissingOneAndIsRecordedAsRefusedAccess() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        UserAccount other = testData.user(Role.CUSTOMER);
        Engagement foreign = testData.engagement(testData.organisationOf(other), TestData.unique("Foreign"), List.of(),
                "SAP");
        EngagementId missing = new EngagementId(UUID.randomUUID());

        Throwable[] answers = new Throwable[2];
        as.run(customer, () -> {
            answers[0] = catchNotFound(foreign.id());
            answers[1] = catchNotFound(missing);
        });

        assertThat(answers[0]).isInstanceOf(NotFoundException.class).hasMessage(answers[1].getMessage())
                .hasSameClassAs(answers[1]);
        assertThat(log.search(new SecurityLog.Filter(customer.email().value(), null, null, null),
                PageRequest.of(0, 10))).singleElement().satisfies(entry -> {
                    assertThat(entry.event().kind()).isEqualTo(SecurityEventKind.ACCESS_REFUSED);
                    assertThat(entry.event().subject()).isEqualTo(customer.id());
                    assertThat(entry.event().detail()).contains(foreign.id().value().toString());
                });
    }

    private Throwable catchNotFound(EngagementId id) {
        try {
            engagements.details(id);
            throw new AssertionError("expected not found");
        } catch (NotFoundException notFound) {
            return notFound;
        }
    }
}
