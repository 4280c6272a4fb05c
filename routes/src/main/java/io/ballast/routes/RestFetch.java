package io.ballast.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ballast.connectors.custodian.rest.BookResource;
import io.ballast.connectors.custodian.rest.JsonPage;
import io.ballast.connectors.custodian.rest.RestApi;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One fetch of a custodian's book from its API: which page comes next, resource after resource, and every page
 * received. A page whose JSON does not parse ends its resource; the reader reports it.
 */
final class RestFetch {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestApi api;
    private final Iterator<BookResource> resources = Arrays.asList(BookResource.values()).iterator();
    private final List<JsonPage> pages = new ArrayList<>();
    private final Set<URI> fetched = new HashSet<>();
    private BookResource resource;
    private URI first;
    private URI next;
    private int pageNumber;

    RestFetch(RestApi api) {
        this.api = api;
        nextResource();
    }

    boolean hasNextPage() {
        return next != null;
    }

    URI nextPage() {
        return next;
    }

    void accept(byte[] body) {
        JsonPage page = new JsonPage(resource, ++pageNumber, next, body);
        pages.add(page);
        fetched.add(next);
        Optional<URI> after = parse(body).flatMap(tree -> api.pagination().after(first, next, tree));
        if (after.isEmpty()) {
            nextResource();
        } else if (fetched.contains(after.get())) {
            // an API that points back at a page it served would be fetched forever
            throw new CustodianResponseRejectedException(page.source() + " points back to " + after.get()
                    + ", a page already fetched");
        } else {
            next = after.get();
        }
    }

    List<JsonPage> pages() {
        return List.copyOf(pages);
    }

    private void nextResource() {
        if (resources.hasNext()) {
            resource = resources.next();
            first = api.firstPage(resource);
            next = first;
            pageNumber = 0;
            fetched.clear();
        } else {
            next = null;
        }
    }

    private static Optional<JsonNode> parse(byte[] body) {
        try {
            return Optional.of(JSON.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
