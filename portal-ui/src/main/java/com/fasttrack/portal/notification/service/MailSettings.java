package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.shared.service.NotABoundary;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Whether the portal sends e-mail: only when Spring Boot configured a mail sender, which it does when
 * {@code spring.mail.host} is set (e.g. {@code SPRING_MAIL_HOST}). Without it the portal says so once at startup and
 * creates every notification with no mail at all.
 */
@NotABoundary("configuration (whether and how the portal mails); reads no data")
@Component
public class MailSettings {

    private static final Logger log = LoggerFactory.getLogger(MailSettings.class);

    private final @Nullable JavaMailSender sender;
    private final String from;
    private final String baseUrl;

    MailSettings(ObjectProvider<JavaMailSender> sender, @Value("${portal.mail.from:}") String from,
                 @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender.getIfAvailable();
        this.from = from.isBlank() ? "FastTrack Engagement Portal <no-reply@fasttrack.example>" : from.strip();
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
        if (this.sender == null) {
            log.info("E-mail is off: spring.mail.host (SPRING_MAIL_HOST) is not set; notifications appear in the "
                    + "portal only");
        } else {
            log.info("E-mail is on: notifications are mailed from {} with links to {}", this.from, this.baseUrl);
        }
    }

    public boolean enabled() {
        return sender != null;
    }

    Optional<JavaMailSender> sender() {
        return Optional.ofNullable(sender);
    }

    String from() {
        return from;
    }

    /** The portal's address as its users reach it, without a trailing slash. */
    String baseUrl() {
        return baseUrl;
    }
}
