package com.fasttrack.portal.portfolio;

/** What a portfolio distribution counts engagements by. */
public enum Dimension {
    PHASE, OPTION, HEALTH, REGION
}
