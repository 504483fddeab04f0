package com.fasttrack.portal.demo;

import com.fasttrack.portal.testing.KaribuTest;

import com.vaadin.flow.component.html.Div;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The dev profile (what spring-boot:run turns on) lists the demo logins, even on a PostgreSQL server. */
@ActiveProfiles("dev")
class DemoModeLoginPageTest extends KaribuTest {

    @Test
    void loginPageListsDemoLoginsInTheDevProfile() {
        navigate("login");
        String text = _get(Div.class, spec -> spec.withId("demo-logins")).getElement().getTextRecursively();
        assertThat(text).contains("zoe.angstrom@contoso.example", "morgan.lee@fasttrack.example",
                DemoMode.PASSWORD);
    }
}
