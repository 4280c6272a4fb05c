package io.ballast.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * An ESG, religious or client screen: the securities it names, and every security whose asset class or one of
 * whose tags (such as {@code tobacco} or {@code fossil-fuel}) it names. A screened security is never bought; what
 * happens to shares already held is the policy's {@link ScreenedHoldings}.
 */
public record Screen(String name, Set<SecurityId> securities, Set<String> assetClasses, Set<String> tags) {
    public Screen {
        Require.text(name, "screen name");
        securities = Set.copyOf(new TreeSet<>(Require.present(securities, "securities of screen " + name)));
        assetClasses = Set.copyOf(new TreeSet<>(Require.present(assetClasses, "asset classes of screen " + name)));
        tags = Set.copyOf(new TreeSet<>(Require.present(tags, "tags of screen " + name)));
        if (securities.isEmpty() && assetClasses.isEmpty() && tags.isEmpty()) {
            throw new IllegalArgumentException("screen " + name + " names no security, asset class or tag");
        }
    }

    /** Whether the screen excludes this security, given what the security master says of it. */
    public boolean excludes(SecurityId security, SecurityAttributes attributes) {
        return securities.contains(security)
                || attributes.assetClass() != null && assetClasses.contains(attributes.assetClass())
                || attributes.tags().stream().anyMatch(tags::contains);
    }
}
