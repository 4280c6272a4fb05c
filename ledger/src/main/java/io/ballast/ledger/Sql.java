package io.ballast.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Prepared statements on the connection of one transaction, with the parameter types the ledger uses. */
final class Sql {
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static final int ROWS_PER_INSERT = 100;

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** Runs one statement for many rows, sent to the database in batches of {@code batchSize}. */
    void batch(String sql, Iterable<Object[]> rows, int batchSize) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
                if (++pending == batchSize) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /**
     * Inserts many rows into {@code table (columns)}: on PostgreSQL by one {@code COPY}, several times faster than
     * batched inserts, within the same transaction; elsewhere by multi-row inserts.
     */
    void bulkInsert(String table, String columns, Iterable<Object[]> rows) throws SQLException {
        if (!connection.isWrapperFor(PGConnection.class)) {
            multiRowInsert(table, columns, rows);
            return;
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)");
        try {
            StringBuilder text = new StringBuilder();
            for (Object[] row : rows) {
                csvLine(text, row);
                if (text.length() >= 1 << 16) {
                    write(copy, text);
                }
            }
            write(copy, text);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** H2 spends as much on each statement as on each row it writes: many rows per statement spread that cost. */
    private void multiRowInsert(String table, String columns, Iterable<Object[]> rows) throws SQLException {
        String insert = "INSERT INTO " + table + " (" + columns + ") VALUES ";
        String row = "(" + placeholders(columns.split(",").length) + ")";
        List<Object> pending = new ArrayList<>();
        int pendingRows = 0;
        try (PreparedStatement full = connection.prepareStatement(
                insert + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, row)))) {
            for (Object[] values : rows) {
                Collections.addAll(pending, values);
                if (++pendingRows == ROWS_PER_INSERT) {
                    bind(full, pending.toArray());
                    full.executeUpdate();
                    pending.clear();
                    pendingRows = 0;
                }
            }
        }
        if (pendingRows > 0) {
            update(insert + String.join(", ", Collections.nCopies(pendingRows, row)), pending.toArray());
        }
    }

    private static void write(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /** One row in PostgreSQL's CSV: texts quoted (an unquoted empty field is NULL), the rest as plain text. */
    private static void csvLine(StringBuilder text, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            Object value = row[i];
            if (value instanceof BigDecimal decimal) {
                text.append(decimal.toPlainString());
            } else if (value instanceof LocalDate date) {
                text.append(date);
            } else if (value != null) {
                String plain = value instanceof Enum<?> constant ? constant.name() : value.toString();
                text.append('"').append(plain.replace("\"", "\"\"")).append('"');
            }
        }
        text.append('\n');
    }

    /** Inserts one row and returns its generated {@code id}. */
    long insert(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no key generated by: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    <T> List<T> list(String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
                return rows;
            }
        }
    }

    <T> Optional<T> first(String sql, Row<T> row, Object... params) throws SQLException {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long nextValue(String sequence) throws SQLException {
        // nextval('...') is understood by PostgreSQL and by H2 in its default mode alike.
        return first("SELECT nextval('" + sequence + "')", rs -> rs.getLong(1)).orElseThrow();
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object param = params[i];
            int index = i + 1;
            if (param == null) {
                // untyped, so that PostgreSQL infers the column's type
                ps.setNull(index, Types.NULL);
            } else if (param instanceof BigDecimal decimal) {
                ps.setBigDecimal(index, decimal);
            } else if (param instanceof LocalDate date) {
                ps.setObject(index, date);
            } else if (param instanceof Instant instant) {
                ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (param instanceof Enum<?> constant) {
                ps.setString(index, constant.name());
            } else if (param instanceof Record || param instanceof CharSequence) {
                // identifier records (AccountId, SecurityId, ...) print as their value
                ps.setString(index, param.toString());
            } else {
                ps.setObject(index, param);
            }
        }
    }

    /** "?, ?, ?" for an IN list of {@code count} parameters. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A TIMESTAMP WITH TIME ZONE column as an instant. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
