package io.ballast.connectors.custodian.rest;

import java.util.Map;

/**
 * Where one resource is served and how its records read.
 *
 * @param path   appended to the API's base url, query included (e.g. {@code /positions/lots?pageSize=500})
 * @param items  JSON pointer to the array of records in a page ({@code ""}: the page is the array)
 * @param fields field name → JSON pointer inside a record; a field not listed is read at {@code /<field>}
 */
public record ResourceMapping(String path, String items, Map<String, String> fields) {
    public ResourceMapping {
        fields = Map.copyOf(fields);
    }

    /** The JSON pointer of {@code field} inside one record. */
    public String pointer(String field) {
        return fields.getOrDefault(field, "/" + field);
    }
}
