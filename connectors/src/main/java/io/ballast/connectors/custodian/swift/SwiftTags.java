package io.ballast.connectors.custodian.swift;

import com.prowidesoftware.swift.model.SwiftMessage;
import com.prowidesoftware.swift.model.Tag;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The fields of block 4 of one SWIFT FIN message, in order, each with the line it starts on, read by Prowide.
 * A message that is not FIN text, or not of the expected type, is one file failure.
 */
final class SwiftTags {
    record Field(String name, String value, long line) {
        /** The qualifier of a generic field (":93B::AGGR//UNIT/100," has AGGR), or empty. */
        String qualifier() {
            return value.startsWith(":") && value.indexOf("/") > 1 ? value.substring(1, value.indexOf('/')) : "";
        }
    }

    private SwiftTags() {
    }

    /** Reads one statement's fields and the statement from them; what comes out of a refused file is empty. */
    interface StatementReader {
        Optional<CustodianSnapshot> read(String file, List<Field> fields, List<ParseFailure> failures);
    }

    /** A whole statement of the message type: its snapshot, or its failures sorted by line. */
    static ParseResult<CustodianSnapshot> parse(String fileName, InputStream in, String messageType,
            StatementReader statement) {
        String file = fileName == null || fileName.isBlank() ? "(unnamed)" : fileName;
        List<ParseFailure> failures = new ArrayList<>();
        Optional<CustodianSnapshot> snapshot = read(file, in, messageType, failures)
                .flatMap(fields -> statement.read(file, fields, failures));
        failures.sort(Comparator.comparingLong(ParseFailure::line));
        return new ParseResult<>(snapshot.orElseGet(() -> new CustodianSnapshot(file, LocalDate.EPOCH, List.of(),
                List.of(), List.of(), List.of(), List.of())), failures);
    }

    static Optional<List<Field>> read(String file, InputStream in, String messageType, List<ParseFailure> failures) {
        String text;
        try {
            // FIN is an ASCII subset: anything else is a wrong encoding, refused before Prowide sees it
            text = StandardCharsets.US_ASCII.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            failures.add(new ParseFailure(file, 0, null, "file holds bytes that are not SWIFT FIN (ASCII) text"));
            return Optional.empty();
        } catch (IOException e) {
            failures.add(new ParseFailure(file, 0, null, "file could not be read: " + e.getMessage()));
            return Optional.empty();
        }
        SwiftMessage message;
        try {
            message = SwiftMessage.parse(text);
        } catch (IOException | RuntimeException e) {
            failures.add(new ParseFailure(file, 0, null, "file is not a SWIFT FIN message: " + e.getMessage()));
            return Optional.empty();
        }
        if (message == null || message.getBlock4() == null || !messageType.equals(message.getType())) {
            failures.add(new ParseFailure(file, 0, null, "file is not an MT" + messageType + " message"
                    + (message == null || message.getType() == null ? "" : " (it is an MT" + message.getType() + ")")));
            return Optional.empty();
        }
        if (!text.contains("-}")) {
            failures.add(new ParseFailure(file, 0, null, "file has no end of block 4 ('-}'): the message is truncated"));
            return Optional.empty();
        }
        List<Tag> tags = message.getBlock4().getTags();
        List<Long> lines = fieldLines(text);
        List<Field> fields = new ArrayList<>(tags.size());
        for (int i = 0; i < tags.size(); i++) {
            fields.add(new Field(tags.get(i).getName(), tags.get(i).getValue(), i < lines.size() ? lines.get(i) : 0));
        }
        return Optional.of(fields);
    }

    /** The line of each field of block 4: each starts a line with ':'. */
    private static List<Long> fieldLines(String text) {
        List<Long> lines = new ArrayList<>();
        int block4 = text.indexOf("{4:");
        String[] all = text.split("\r\n|\r|\n", -1);
        long offset = 0;
        boolean inBlock = false;
        for (int i = 0; i < all.length; i++) {
            if (!inBlock && offset + all[i].length() >= block4 && block4 >= 0) {
                inBlock = true;
            }
            String line = all[i];
            if (inBlock && (line.startsWith(":") || line.startsWith("{4::"))) {
                lines.add((long) i + 1);
            }
            offset += line.length() + 1;
        }
        return lines;
    }
}
