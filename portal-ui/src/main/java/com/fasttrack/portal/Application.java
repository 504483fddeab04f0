package com.fasttrack.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.time.ZoneId;

/** The FastTrack Engagement Portal. */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
// client-to-server messages over XHR, through the servlet filters that check the account on every request
@Push(transport = Transport.WEBSOCKET_XHR)
@PWA(name = "FastTrack Engagement Portal", shortName = "FastTrack")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** All time comes from here, so tests can fix it; in the portal's one zone, whatever the server's own. */
    @Bean
    Clock clock(@Value("${portal.time-zone:UTC}") ZoneId zone) {
        return Clock.system(zone);
    }
}
