package io.ballast.connectors.custodian;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The fixture sets under {@code <format>/good/}, read as member name → bytes, and zipped as a custodian does. */
final class Deliveries {
    private Deliveries() {
    }

    static Map<String, byte[]> members(String format) {
        try {
            Path folder = Path.of(Deliveries.class.getResource(format + "/good").toURI());
            Map<String, byte[]> members = new TreeMap<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    members.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
            return members;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("fixture set " + format + " missing", e);
        }
    }

    /** The set with one member's text changed. */
    static Map<String, byte[]> edited(String format, String member, UnaryOperator<String> edit) {
        Map<String, byte[]> members = members(format);
        members.put(member, edit.apply(new String(members.get(member), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        return members;
    }

    static byte[] zip(Map<String, byte[]> members) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(member.getKey()));
                zip.write(member.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] resource(String path) {
        try (InputStream in = Deliveries.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
