package io.ballast.connectors.custodian.rest;

import java.net.URI;

/** One page of a resource as the API sent it: the {@code number}th (from 1), fetched from {@code url}. */
public record JsonPage(BookResource resource, int number, URI url, byte[] body) {
    /** How failures name this page: {@code lots page 2 (https://...)}. */
    public String source() {
        return resource.key() + " page " + number + " (" + url + ")";
    }
}
