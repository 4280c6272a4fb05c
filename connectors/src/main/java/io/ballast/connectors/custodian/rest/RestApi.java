package io.ballast.connectors.custodian.rest;

import java.net.URI;
import java.time.Duration;

/**
 * A custodian's JSON API: where it is, how to log in, how fast it may be called, how it pages and how its JSON
 * maps to a book.
 *
 * @param requestsPerWindow the most requests sent in any {@code window}
 */
public record RestApi(URI baseUrl, OAuth2Credentials oauth2, int requestsPerWindow, Duration window,
        Pagination pagination, JsonBookMapping mapping) {

    /** The first page's url of a resource. */
    public URI firstPage(BookResource resource) {
        String base = baseUrl.toString().replaceFirst("/+$", "");
        return URI.create(base + mapping.resource(resource).path());
    }
}
