package com.fasttrack.portal.security.service;

import com.fasttrack.portal.security.SecurityEvent;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a security event that must be kept although the caller then fails (a refused access answers "not
 * found", which rolls the caller's transaction back): in a transaction of its own, committed at once.
 */
@NotABoundary("the services' audit helper; it writes in a transaction of its own on purpose, and checks no permission")
@Component
public class SecurityAudit {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate apart;

    SecurityAudit(ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        this.events = events;
        this.apart = new TransactionTemplate(transactionManager);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void recordApart(SecurityEvent event) {
        apart.executeWithoutResult(status -> events.publishEvent(event));
    }
}
