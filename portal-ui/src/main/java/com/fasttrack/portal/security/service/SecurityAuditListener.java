package com.fasttrack.portal.security.service;

import com.fasttrack.portal.security.ClientAddress;
import com.fasttrack.portal.security.SecurityEvent;
import com.fasttrack.portal.security.SecurityLog;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends every published {@link SecurityEvent} to the audit log, synchronously: inside the publisher's
 * transaction, so a change and its entry commit or roll back together. Without a writable transaction (none, or a
 * read-only one) it writes in a transaction of its own. The client address is the current request's when the
 * publisher left it out.
 */
@NotABoundary("an event listener that writes the audit log inside the publisher's transaction (its own when there is none)")
@Component
class SecurityAuditListener {

    private final SecurityLog log;
    private final TransactionTemplate ownTransaction;

    SecurityAuditListener(SecurityLog log, PlatformTransactionManager transactionManager) {
        this.log = log;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void record(SecurityEvent event) {
        SecurityEvent complete = event.clientAddress() != null ? event
                : new SecurityEvent(event.kind(), event.at(), event.subject(), event.subjectEmail(), event.actor(),
                        ClientAddress.current().orElse(null), event.detail());
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            log.append(complete);
        } else {
            ownTransaction.executeWithoutResult(status -> log.append(complete));
        }
    }
}
