package com.fasttrack.portal.security;

import com.fasttrack.portal.Application;
import com.fasttrack.portal.security.service.UserAdminService;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.TestDatabaseInitializer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL (as in TwoInstancesTest): a program manager's change committed on instance A
 * ends a session that lives on instance B at that session's next request.
 */
@PortalIntegrationTest
class SessionAcrossInstancesTest {

    @Autowired
    UserAdminService adminOnA;
    @Autowired
    UserDetailsService usersOnA;
    @Autowired
    TestData testData;
    @Autowired
    SecurityContextHolderStrategy strategyOnA;

    @AfterEach
    void signOut() {
        strategyOnA.clearContext();
    }

    @Test
    void aChangeCommittedOnInstanceAEndsTheSessionOnInstanceBAtItsNextRequest() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        UserAccount programManager = testData.user(Role.PROGRAM_MANAGER);
        try (ConfigurableApplicationContext instanceB = new SpringApplicationBuilder(Application.class)
                .initializers(new TestDatabaseInitializer())
                .properties("server.port=0", "portal.demo-data=false")
                .run()) {
            int portOfB = Integer.parseInt(instanceB.getEnvironment().getProperty("local.server.port"));
            BrowserSession engineerOnB = new BrowserSession(portOfB).signIn(engineer.email().value(),
                    TestData.PASSWORD);
            BrowserSession customerOnB = new BrowserSession(portOfB).signIn(customer.email().value(),
                    TestData.PASSWORD);
            assertThat(engineerOnB.get("/api/engagements").statusCode()).isEqualTo(200);
            assertThat(customerOnB.get("/engagements").statusCode()).isEqualTo(200);

            signIn(programManager);
            adminOnA.disable(engineer.id());
            adminOnA.resetPassword(customer.id());

            assertThat(engineerOnB.get("/api/engagements").statusCode()).isEqualTo(401);
            assertThat(customerOnB.get("/engagements").statusCode()).isEqualTo(302);
            assertThat(customerOnB.get("/api/engagements").statusCode()).isEqualTo(401);
        }
    }

    private void signIn(UserAccount account) {
        var user = usersOnA.loadUserByUsername(account.email().value());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        strategyOnA.getContext().setAuthentication(authentication);
    }
}
