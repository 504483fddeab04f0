package com.fasttrack.portal.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ErrorHandler;

/**
 * A scheduled run that fails is logged and the schedule goes on (each run is a new try: after an outage the next run
 * simply works). A database outage is logged once, not as a stack trace every few seconds from every job.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingErrors {

    private static final Logger log = LoggerFactory.getLogger(SchedulingErrors.class);

    static final ErrorHandler HANDLER = error -> {
        if (DatabaseUnavailable.causedBy(error)) {
            DatabaseUnavailable.log(log, "a scheduled job", error);
        } else {
            log.error("A scheduled run failed; the next run goes ahead as planned", error);
        }
    };

    @Bean
    ThreadPoolTaskSchedulerCustomizer schedulingErrorsOnPlatformThreads() {
        return scheduler -> scheduler.setErrorHandler(HANDLER);
    }

    @Bean
    SimpleAsyncTaskSchedulerCustomizer schedulingErrorsOnVirtualThreads() {
        return scheduler -> scheduler.setErrorHandler(HANDLER);
    }
}
