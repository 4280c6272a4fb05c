package io.ballast.connectors.custodian.mapping;

import io.ballast.connectors.custodian.CustodianFormat;
import io.ballast.connectors.custodian.ParseContext;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.ParseResult;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A custodian format described by a {@link FormatMapping}. A delivery is either one zip archive holding the set's
 * member files for one as-of date (the usual case: the set loads as one batch) or a single member file on its own.
 * Each member is matched to its file mapping by name; a set without a required member, with a member nobody
 * expects, or whose members disagree on the as-of date is refused.
 */
public final class MappedFormat implements CustodianFormat {
    private static final int ZIP_SIGNATURE = 0x04034b50;

    private final FormatMapping mapping;

    public MappedFormat(FormatMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public String name() {
        return mapping.name();
    }

    @Override
    public ParseResult<CustodianSnapshot> parse(String fileName, InputStream in, ParseContext context) {
        String delivery = fileName == null || fileName.isBlank() ? "(unnamed)" : fileName;
        List<ParseFailure> failures = new ArrayList<>();
        Map<Entity, List<MappedRow>> rows = new EnumMap<>(Entity.class);
        Map<String, MemberParse> members = new HashMap<>();
        FieldReader reader = new FieldReader(mapping.codeTables());
        try {
            BufferedInputStream input = new BufferedInputStream(in);
            if (isZip(input)) {
                readArchive(delivery, new ZipInputStream(input), reader, failures, rows, members);
            } else {
                readMember(delivery, delivery, input, reader, failures, rows, members);
            }
        } catch (IOException e) {
            failures.add(new ParseFailure(delivery, 0, null, "file cannot be read as a " + mapping.name()
                    + " delivery: " + e.getMessage()));
        }
        checkMembers(delivery, members, failures);
        LocalDate asOf = asOf(delivery, members, failures);
        String custodian = members.values().stream().map(MemberParse::custodian).filter(c -> c != null).findFirst()
                .orElse(mapping.custodian());
        CustodianSnapshot snapshot = asOf == null
                ? new CustodianSnapshot(custodian, LocalDate.EPOCH, List.of(), List.of(), List.of(), List.of(),
                        List.of())
                : new SetAssembler(custodian, asOf, context, failures).assemble(rows);
        failures.sort(Comparator.comparing(ParseFailure::file).thenComparingLong(ParseFailure::line));
        return new ParseResult<>(snapshot, failures);
    }

    private static boolean isZip(BufferedInputStream input) throws IOException {
        input.mark(4);
        byte[] head = input.readNBytes(4);
        input.reset();
        return head.length == 4 && ((head[0] & 0xff) | (head[1] & 0xff) << 8 | (head[2] & 0xff) << 16
                | (head[3] & 0xff) << 24) == ZIP_SIGNATURE;
    }

    private void readArchive(String delivery, ZipInputStream zip, FieldReader reader, List<ParseFailure> failures,
            Map<Entity, List<MappedRow>> rows, Map<String, MemberParse> members) throws IOException {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (!entry.isDirectory()) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                readMember(delivery + "!" + name, name, new FilterInputStream(zip) {
                    @Override
                    public void close() {
                        // the archive stays open for the next member
                    }
                }, reader, failures, rows, members);
            }
        }
    }

    private void readMember(String file, String name, InputStream in, FieldReader reader, List<ParseFailure> failures,
            Map<Entity, List<MappedRow>> rows, Map<String, MemberParse> members) {
        FileMapping member = mapping.files().stream().filter(f -> name.matches(f.name())).findFirst().orElse(null);
        if (member == null) {
            failures.add(new ParseFailure(file, 0, null, "file matches no member of the " + mapping.name()
                    + " set (expected names: " + mapping.files().stream().map(FileMapping::name).toList() + ")"));
            return;
        }
        if (members.containsKey(member.kind())) {
            failures.add(new ParseFailure(file, 0, null, "file is a second " + member.kind() + " file in the set"));
            return;
        }
        MemberParse parse = new MemberParse(member, file, reader, mapping.charset().name(), failures,
                row -> rows.computeIfAbsent(row.entity(), e -> new ArrayList<>()).add(row));
        members.put(member.kind(), parse);
        parse.parse(new InputStreamReader(in, mapping.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private void checkMembers(String delivery, Map<String, MemberParse> members, List<ParseFailure> failures) {
        for (FileMapping member : mapping.files()) {
            if (member.isRequired() && !members.containsKey(member.kind())) {
                failures.add(new ParseFailure(delivery, 0, null, "the " + mapping.name() + " set has no "
                        + member.kind() + " file (a name matching " + member.name() + ")"));
            }
        }
    }

    /** The one as-of date of the set, or null when a member has none or they disagree (reported). */
    private static LocalDate asOf(String delivery, Map<String, MemberParse> members, List<ParseFailure> failures) {
        LocalDate asOf = null;
        for (MemberParse member : members.values()) {
            if (member.asOf() == null) {
                return null;
            }
            if (asOf != null && !asOf.equals(member.asOf())) {
                failures.add(new ParseFailure(delivery, 0, "asOf", "the set's files are of different dates: "
                        + asOf + " and " + member.asOf()));
                return null;
            }
            asOf = member.asOf();
        }
        return asOf;
    }
}
