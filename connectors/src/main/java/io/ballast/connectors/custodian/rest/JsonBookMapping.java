package io.ballast.connectors.custodian.rest;

import io.ballast.domain.AccountType;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a custodian API's JSON becomes a book: one {@link ResourceMapping} per {@link BookResource}, where the as-of
 * date is, and the API's account type codes.
 *
 * @param asOf         JSON pointer to the as-of date ({@code yyyy-MM-dd}) in the first page of accounts; null: the
 *                     day of the fetch
 * @param accountTypes the API's code → account type; empty: the codes are TAXABLE, IRA, ROTH and EXEMPT
 */
public record JsonBookMapping(String asOf, Map<String, AccountType> accountTypes,
        Map<BookResource, ResourceMapping> resources) {
    public static final Map<String, AccountType> STANDARD_ACCOUNT_TYPES = Map.of("TAXABLE", AccountType.TAXABLE,
            "IRA", AccountType.TRADITIONAL_IRA, "ROTH", AccountType.ROTH_IRA, "EXEMPT", AccountType.TAX_EXEMPT);

    public JsonBookMapping {
        accountTypes = Map.copyOf(accountTypes.isEmpty() ? STANDARD_ACCOUNT_TYPES : accountTypes);
        resources = new EnumMap<>(resources);
        for (BookResource resource : BookResource.values()) {
            if (!resources.containsKey(resource)) {
                throw new IllegalArgumentException("the mapping has no " + resource.key() + " resource");
            }
        }
    }

    public ResourceMapping resource(BookResource resource) {
        return resources.get(resource);
    }
}
