package com.fasttrack.portal.notification.ui;

import com.fasttrack.portal.notification.MailMode;
import com.fasttrack.portal.notification.service.NotificationService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** How the signed-in user gets its notifications by e-mail: immediately, in a daily digest, or not at all. */
@Route("profile/notifications")
@PageTitle("Notifications · FastTrack Engagement Portal")
@PermitAll
public class NotificationPreferencesView extends VerticalLayout {

    final RadioButtonGroup<MailMode> mode = new RadioButtonGroup<>("E-mail me my notifications");
    final Button save = new Button("Save");

    NotificationPreferencesView(NotificationService notifications) {
        setMaxWidth("720px");
        mode.setId("mail-mode");
        mode.setItems(MailMode.values());
        mode.setItemLabelGenerator(m -> switch (m) {
            case IMMEDIATELY -> "Immediately: one mail per notification";
            case DAILY_DIGEST -> "Daily digest: one mail a day with everything new";
            case OFF -> "Off: only the bell in the portal";
        });
        mode.setValue(notifications.mailMode());
        mode.setRequired(true);
        save.setId("save-mail-mode");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (mode.getValue() == null) {
                mode.setInvalid(true);
                mode.setErrorMessage("Choose how you want your mails");
                return;
            }
            notifications.changeMailMode(mode.getValue());
            Notification.show("Saved: " + mode.getValue().label().toLowerCase() + ". This applies to notifications "
                    + "from now on.");
        });
        add(new H2("Notifications"), new Paragraph("The bell at the top shows what happened on your engagements. "
                + "Choose whether you also get it by e-mail. You are never told of your own changes."), mode, save);
        if (!notifications.mailEnabled()) {
            Paragraph off = new Paragraph("This portal has no mail server configured, so it sends no e-mail at the "
                    + "moment; your choice applies once it has one.");
            off.setId("mail-off-note");
            off.addClassName("ft-hint");
            add(off);
        }
    }
}
