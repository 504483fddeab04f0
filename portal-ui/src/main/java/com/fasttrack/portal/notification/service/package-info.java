/**
 * Notifications: created by {@link com.fasttrack.portal.notification.service.Notifier} in the transaction of the change
 * they tell of, read through {@link com.fasttrack.portal.notification.service.NotificationService}, mailed from the
 * outbox, and the daily reminders.
 */
@NullMarked
package com.fasttrack.portal.notification.service;

import org.jspecify.annotations.NullMarked;
