package io.ballast.domain;

import java.util.Optional;

/**
 * Resolves the identifiers custodians use to the one security the firm knows. An identifier nobody knows is queued
 * for review, so the rows that carry it are never dropped silently.
 */
public interface SecurityMaster {
    /** Knows no security at all: every identifier must be declared by the file itself. */
    SecurityMaster EMPTY = new SecurityMaster() {
        @Override
        public Optional<SecurityId> resolve(SecurityIdentifier identifier) {
            return Optional.empty();
        }

        @Override
        public void queueForReview(SecurityIdentifier identifier, String file, long line, String description) {
            // nothing to queue into: the parse failure that names the identifier is the only record
        }
    };

    Optional<SecurityId> resolve(SecurityIdentifier identifier);

    /** Records an identifier no security answers to, with where it was seen, for someone to set it up. */
    void queueForReview(SecurityIdentifier identifier, String file, long line, String description);
}
