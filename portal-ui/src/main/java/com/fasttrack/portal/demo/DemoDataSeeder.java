package com.fasttrack.portal.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Seeds the demo data at startup when the portal runs in demo mode. */
@Component
class DemoDataSeeder implements ApplicationRunner {

    private final DemoMode demoMode;
    private final DemoData demoData;

    DemoDataSeeder(DemoMode demoMode, DemoData demoData) {
        this.demoMode = demoMode;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled()) {
            demoData.seed();
        }
    }
}
