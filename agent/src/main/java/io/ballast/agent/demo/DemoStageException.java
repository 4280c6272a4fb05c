package io.ballast.agent.demo;

/** A stage of the demo cycle did not complete; the message names the stage and why. */
public class DemoStageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String stage;

    public DemoStageException(String stage, String reason) {
        super("stage '" + stage + "' failed: " + reason);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
