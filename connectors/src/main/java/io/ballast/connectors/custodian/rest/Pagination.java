package io.ballast.connectors.custodian.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How a resource continues on its next page.
 *
 * @param style           {@code CURSOR}, {@code NEXT_LINK} or {@code NONE}
 * @param next            JSON pointer to the next cursor or link in a page; absent, null or empty: the last page
 * @param cursorParameter the query parameter that carries the cursor ({@code CURSOR} only)
 */
public record Pagination(Style style, String next, String cursorParameter) {
    public enum Style { CURSOR, NEXT_LINK, NONE }

    /** The url of the page after {@code page}, which was fetched from {@code current}; empty after the last. */
    public Optional<URI> after(URI first, URI current, JsonNode page) {
        if (style == Style.NONE) {
            return Optional.empty();
        }
        JsonNode value = page.at(next);
        if (value.isMissingNode() || value.isNull() || value.asText().isEmpty()) {
            return Optional.empty();
        }
        if (style == Style.NEXT_LINK) {
            return Optional.of(current.resolve(value.asText()));
        }
        String separator = first.getRawQuery() == null ? "?" : "&";
        return Optional.of(URI.create(first + separator + cursorParameter + "="
                + URLEncoder.encode(value.asText(), StandardCharsets.UTF_8)));
    }
}
