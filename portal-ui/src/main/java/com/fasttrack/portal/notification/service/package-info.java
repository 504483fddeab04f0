/**
 * Notifications: created from the events of a change by {@link NotificationListener} and {@link Notifier}, in the
 * transaction of the change they tell of, read through {@link NotificationService}, mailed from the
 * outbox, and the daily reminders.
 */
@NullMarked
package com.fasttrack.portal.notification.service;

import org.jspecify.annotations.NullMarked;
