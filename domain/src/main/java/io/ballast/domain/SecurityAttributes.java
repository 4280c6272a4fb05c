package io.ballast.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the security master says of a security beyond its identifiers, for screens and asset location: its asset
 * class (null when unknown) and its tags, such as {@code tobacco} or {@code fossil-fuel}.
 */
public record SecurityAttributes(String assetClass, Set<String> tags) {
    /** Nothing known. */
    public static final SecurityAttributes NONE = new SecurityAttributes(null, Set.of());

    public SecurityAttributes {
        if (assetClass != null) {
            Require.text(assetClass, "asset class");
        }
        tags = Set.copyOf(new TreeSet<>(Require.present(tags, "tags")));
    }
}
