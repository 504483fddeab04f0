package com.fasttrack.portal.demo;

import com.fasttrack.portal.demo.scale.ScaleData;
import com.fasttrack.portal.demo.scale.ScaleDataSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Seeds the demo data at startup when the portal runs in demo mode, and the scale data set when asked for. */
@Component
class DemoDataSeeder implements ApplicationRunner {

    private final DemoMode demoMode;
    private final DemoData demoData;
    private final ScaleData scaleData;
    private final ScaleDataSet scaleSize;

    /** {@code portal.scale-data.divisor} shrinks the scale data set (tests seed 1/100 of it through this path). */
    DemoDataSeeder(DemoMode demoMode, DemoData demoData, ScaleData scaleData,
                   @Value("${portal.scale-data.divisor:1}") int scaleDivisor) {
        this.demoMode = demoMode;
        this.demoData = demoData;
        this.scaleData = scaleData;
        this.scaleSize = scaleDivisor <= 1 ? ScaleDataSet.FULL : ScaleDataSet.scaledDown(scaleDivisor);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled()) {
            demoData.seed();
        }
        if (demoMode.scale()) {
            scaleData.seed(scaleSize);
        }
    }
}
