package com.fasttrack.portal.startup;

/**
 * The portal will not start on this configuration; {@link StartupRefusedAnalyzer} reports it as what is wrong and
 * what to do, without a stack trace.
 */
public class StartupRefused extends RuntimeException {

    private final String problem;
    private final String action;

    public StartupRefused(String problem, String action) {
        super(problem + " " + action);
        this.problem = problem;
        this.action = action;
    }

    public String problem() {
        return problem;
    }

    public String action() {
        return action;
    }
}
