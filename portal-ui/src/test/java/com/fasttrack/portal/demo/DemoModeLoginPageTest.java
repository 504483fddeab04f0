package com.fasttrack.portal.demo;

import com.fasttrack.portal.testing.KaribuTest;

import com.vaadin.flow.component.html.Div;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "portal.demo-data=true")
class DemoModeLoginPageTest extends KaribuTest {

    @Test
    void loginPageListsDemoLoginsInDemoMode() {
        navigate("login");
        String text = _get(Div.class, spec -> spec.withId("demo-logins")).getElement().getTextRecursively();
        assertThat(text).contains("zoe.angstrom@contoso.example", "morgan.lee@fasttrack.example",
                DemoMode.PASSWORD);
    }
}
