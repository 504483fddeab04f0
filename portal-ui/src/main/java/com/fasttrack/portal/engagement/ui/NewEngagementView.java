package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.WorkloadUnavailableException;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.shared.DomainException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** An engineer or program manager opens a new engagement for a customer. */
@Route("engagements/new")
@PageTitle("New engagement · FastTrack Engagement Portal")
@RolesAllowed({Roles.ENGINEER, Roles.PROGRAM_MANAGER})
public class NewEngagementView extends VerticalLayout {

    final EngagementForm form;
    final Button save = new Button("Create engagement");

    NewEngagementView(EngagementService engagements, CurrentUser currentUser) {
        List<EngagementDetails.Person> engineers = currentUser.require().role() == Role.PROGRAM_MANAGER
                ? engagements.engineers() : List.of();
        form = new EngagementForm(engagements.customers(), engineers, engagements::workloadChoices);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("create-engagement");
        save.addClickListener(click -> form.draft().ifPresent(draft -> {
            try {
                EngagementId id = engagements.create(draft);
                getUI().ifPresent(ui -> ui.navigate(EngagementView.class, EngagementView.parameters(id)));
            } catch (WorkloadUnavailableException unavailable) {
                form.showWorkloadError(unavailable.getMessage());
            } catch (DomainException refused) {
                form.showRefusal(refused);
            }
        }));
        Button cancel = new Button("Cancel", click -> getUI().ifPresent(ui -> ui.navigate(EngagementsView.class)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setMaxWidth("960px");
        add(new H2("New engagement"), form, new HorizontalLayout(save, cancel));
    }
}
