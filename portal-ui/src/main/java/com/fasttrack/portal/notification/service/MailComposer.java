package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.OutgoingMail;

import org.springframework.mail.SimpleMailMessage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes notification mails as plain text. A mail holds only the notifications of its recipient, whose texts were
 * written for what that recipient may see, and links to the engagement tab each is about.
 */
final class MailComposer {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String from;
    private final String baseUrl;
    private final ZoneId zone;

    MailComposer(String from, String baseUrl, ZoneId zone) {
        this.from = from;
        this.baseUrl = baseUrl;
        this.zone = zone;
    }

    /** One notification, sent at once. */
    SimpleMailMessage immediate(OutgoingMail mail) {
        Notification n = mail.notification();
        SimpleMailMessage message = message(mail);
        message.setSubject("[FastTrack] " + n.engagementTitle() + ": " + n.kind().label());
        message.setText("Hello " + mail.name() + ",\n\n"
                + n.text() + "\n\n"
                + "Engagement: " + n.engagementTitle() + "\n"
                + "Open it: " + link(n) + "\n\n"
                + footer());
        return message;
    }

    /** The day's notifications of one recipient in one mail, grouped by engagement. */
    SimpleMailMessage digest(List<OutgoingMail> mails) {
        OutgoingMail first = mails.getFirst();
        List<String> engagements = mails.stream().map(m -> m.notification().engagementTitle()).distinct().toList();
        SimpleMailMessage message = message(first);
        message.setSubject("[FastTrack] Daily digest: " + mails.size()
                + (mails.size() == 1 ? " notification" : " notifications") + " on " + String.join(", ", engagements));
        StringBuilder body = new StringBuilder("Hello " + first.name() + ",\n\nHere is what happened on your "
                + "engagements since the last digest.\n");
        mails.stream().collect(Collectors.groupingBy(m -> m.notification().engagementTitle(),
                        java.util.LinkedHashMap::new, Collectors.toList()))
                .forEach((title, items) -> {
                    body.append("\n== ").append(title).append(" ==\n");
                    for (OutgoingMail item : items) {
                        Notification n = item.notification();
                        body.append("- ").append(AT.format(n.createdAt().atZone(zone))).append(" · ")
                                .append(n.kind().label()).append(": ").append(n.text()).append("\n  ")
                                .append(link(n)).append("\n");
                    }
                });
        body.append("\n").append(footer());
        message.setText(body.toString());
        return message;
    }

    /** The engagement page with the notification's tab open. */
    String link(Notification n) {
        return baseUrl + "/engagements/" + n.engagementId() + "?tab=" + URLEncoder.encode(n.tab().slug(),
                StandardCharsets.UTF_8);
    }

    private SimpleMailMessage message(OutgoingMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.email());
        return message;
    }

    private String footer() {
        return "-- \nFastTrack Engagement Portal · choose how you get these mails: " + baseUrl
                + "/profile/notifications";
    }
}
