package io.ballast.agent.config;

/** Keeps secrets out of the settings' {@code toString()}, which ends up in logs. */
final class Redacted {
    private Redacted() {
    }

    static String of(String secret) {
        return secret == null ? "null" : "****";
    }

    /** A connection URL without the password a secret reference may have put in it (user info or a parameter). */
    static String url(String url) {
        return url == null ? "null"
                : url.replaceAll("(//[^/@:]*:)[^/@]*@", "$1****@").replaceAll("(?i)(password=)[^&;]*", "$1****");
    }
}
