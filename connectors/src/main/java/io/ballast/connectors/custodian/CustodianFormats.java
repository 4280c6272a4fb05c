package io.ballast.connectors.custodian;

import io.ballast.connectors.custodian.mapping.FormatMapping;
import io.ballast.connectors.custodian.mapping.MappedFormat;
import io.ballast.connectors.custodian.swift.Mt535Format;
import io.ballast.connectors.custodian.swift.Mt536Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The custodian formats the agent knows, by name: Ballast's own CSV, the shipped YAML mappings (Schwab-, Fidelity-
 * and Pershing-style sets), SWIFT MT535 and MT536, and any mapping a deployment adds from a YAML file.
 */
public final class CustodianFormats {
    /** The mappings shipped in this jar, under {@code io/ballast/connectors/custodian/mappings/}. */
    public static final List<String> SHIPPED_MAPPINGS = List.of("schwab-csv", "fidelity-psv", "pershing-fixed");

    private final Map<String, CustodianFormat> formats = new LinkedHashMap<>();

    private CustodianFormats() {
    }

    public static CustodianFormats standard() {
        CustodianFormats registry = new CustodianFormats();
        registry.add(new BallastCsvFormat());
        for (String name : SHIPPED_MAPPINGS) {
            String resource = "mappings/" + name + ".yaml";
            try (InputStream in = CustodianFormats.class.getResourceAsStream(resource)) {
                registry.add(new MappedFormat(FormatMapping.read(in, resource)));
            } catch (IOException e) {
                throw new UncheckedIOException("shipped mapping " + resource + " cannot be read", e);
            }
        }
        registry.add(new Mt535Format());
        registry.add(new Mt536Format());
        return registry;
    }

    /** Adds a deployment's own mapping; throws {@link IllegalArgumentException} naming its problems. */
    public CustodianFormats withMapping(Path yaml) {
        try (InputStream in = Files.newInputStream(yaml)) {
            add(new MappedFormat(FormatMapping.read(in, yaml.toString())));
            return this;
        } catch (IOException e) {
            throw new IllegalArgumentException("format mapping " + yaml + " cannot be read: " + e.getMessage(), e);
        }
    }

    public Optional<CustodianFormat> find(String name) {
        return Optional.ofNullable(formats.get(name));
    }

    /** The format of that name; throws {@link IllegalArgumentException} listing the known ones when none is. */
    public CustodianFormat get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown custodian format '" + name
                + "'; known formats: " + String.join(", ", formats.keySet())));
    }

    public List<String> names() {
        return List.copyOf(formats.keySet());
    }

    private void add(CustodianFormat format) {
        if (formats.putIfAbsent(format.name(), format) != null) {
            throw new IllegalArgumentException("a custodian format named " + format.name() + " exists already");
        }
    }
}
