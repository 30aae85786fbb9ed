package org.caq.benchmark.demo;

import org.springframework.context.SmartLifecycle;

/**
 * Demo data prepared once at start-up, in phase order: after the engine has deployed the models and the users exist,
 * before the server takes requests and the job executor runs (so a demo may move the clock while it prepares).
 */
public abstract class DemoPreparation implements SmartLifecycle {

    private final int phase;
    private boolean running;

    protected DemoPreparation(int phase) {
        this.phase = phase;
    }

    /** Prepares the demo data unless it is there already. */
    protected abstract void ensure();

    @Override
    public void start() {
        ensure();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
