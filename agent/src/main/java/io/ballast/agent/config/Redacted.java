package io.ballast.agent.config;

/** Keeps secrets out of the settings' {@code toString()}, which ends up in logs. */
final class Redacted {
    private Redacted() {
    }

    static String of(String secret) {
        return secret == null ? "null" : "****";
    }
}
