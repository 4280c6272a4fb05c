package io.ballast.connectors.custodian;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.CashBalance;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotId;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.ParseResult;
import io.ballast.domain.Price;
import io.ballast.domain.Security;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One parse of one {@link BallastCsvFormat} file. First each record is read on its own (types, numbers, dates);
 * then the records are checked against each other (declared accounts and securities, duplicates, prices), so the
 * order of the records between header and trailer does not matter.
 */
final class BallastCsvParser {
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Map<String, Integer> COLUMNS = Map.of("HDR", 3, "ACC", 4, "SEC", 5, "PRC", 3, "LOT", 7,
            "CSH", 3, "TRL", 2);

    private final String file;
    private final List<ParseFailure> failures = new ArrayList<>();
    private String custodian;
    private LocalDate asOf;
    private boolean headerSeen;
    private boolean trailerSeen;
    private long recordsBeforeTrailer;
    private long declaredRecords = -1;
    private final List<AccountRow> accountRows = new ArrayList<>();
    private final List<SecurityRow> securityRows = new ArrayList<>();
    private final List<PriceRow> priceRows = new ArrayList<>();
    private final List<LotRow> lotRows = new ArrayList<>();
    private final List<CashRow> cashRows = new ArrayList<>();

    private record AccountRow(long line, AccountId id, HouseholdId household, AccountType type) {
    }

    private record SecurityRow(long line, SecurityId id, String cusip, String name, String assetClass) {
    }

    private record PriceRow(long line, SecurityId security, BigDecimal price) {
    }

    private record LotRow(long line, AccountId account, LotId id, SecurityId security, BigDecimal quantity,
            BigDecimal costBasis, LocalDate acquired) {
    }

    private record CashRow(long line, AccountId account, BigDecimal amount) {
    }

    BallastCsvParser(String file) {
        this.file = file == null || file.isBlank() ? "(unnamed)" : file;
    }

    ParseResult<CustodianSnapshot> parse(InputStream in) {
        String text = decode(in);
        if (text != null) {
            for (CsvRecord record : CsvReader.read(text)) {
                if (!record.isBlankLine()) {
                    readRecord(record);
                }
            }
            checkFileStructure();
        }
        CustodianSnapshot snapshot = resolve();
        failures.sort(Comparator.comparingLong(ParseFailure::line));
        return new ParseResult<>(snapshot, failures);
    }

    private String decode(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            fileFailure(null, "could not be read: " + e.getMessage());
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            fileFailure(null, "is not UTF-8 text");
            return null;
        }
    }

    private void readRecord(CsvRecord record) {
        long line = record.line();
        List<String> fields = record.fields();
        String type = fields.get(0);
        if (trailerSeen) {
            failure(line, "record type", type + " record after the TRL record");
            return;
        }
        boolean header = type.equals("HDR");
        if (!headerSeen && !header) {
            fileFailure("record type", "has no HDR record: it starts with '" + type + "' at line " + line);
        }
        if (header && headerSeen) {
            recordsBeforeTrailer++;
            failure(line, "record type", "duplicate HDR record");
            return;
        }
        headerSeen = true;
        if (!header && !type.equals("TRL")) {
            recordsBeforeTrailer++;
        }
        if (record.malformation() != null) {
            failure(line, null, record.malformation());
            return;
        }
        Integer expectedColumns = COLUMNS.get(type);
        if (expectedColumns == null) {
            failure(line, "record type", "unknown record type '" + type + "'");
            return;
        }
        trailerSeen = type.equals("TRL");
        if (fields.size() != expectedColumns) {
            failure(line, null, type + " needs " + expectedColumns + " columns, found " + fields.size());
            return;
        }
        Row row = new Row(line, fields);
        switch (type) {
            case "HDR" -> readHeader(row);
            case "ACC" -> readAccount(row);
            case "SEC" -> readSecurity(row);
            case "PRC" -> readPrice(row);
            case "LOT" -> readLot(row);
            case "CSH" -> readCash(row);
            default -> readTrailer(row);
        }
    }

    private void readHeader(Row row) {
        String name = row.text(1, "custodian");
        LocalDate date = row.date(2, "as-of");
        if (row.isGood()) {
            custodian = name;
            asOf = date;
        }
    }

    private void readAccount(Row row) {
        String id = row.text(1, "account id");
        String household = row.text(2, "household id");
        AccountType type = BallastCsvFormat.ACCOUNT_TYPES.get(row.field(3));
        if (type == null) {
            row.bad("account type", "'" + row.field(3) + "' is not one of TAXABLE, IRA, ROTH, EXEMPT");
        }
        if (row.isGood()) {
            accountRows.add(new AccountRow(row.line, AccountId.of(id), HouseholdId.of(household), type));
        }
    }

    private void readSecurity(Row row) {
        String symbol = row.text(1, "symbol");
        String cusip = row.field(2);
        if (!cusip.isEmpty() && !CusipCheck.isValid(cusip)) {
            row.bad("cusip", "'" + cusip + "' is not a valid CUSIP (nine characters with a correct check digit)");
        }
        String name = row.text(3, "name");
        String assetClass = row.text(4, "asset class");
        if (row.isGood()) {
            securityRows.add(new SecurityRow(row.line, SecurityId.of(symbol), cusip.isEmpty() ? null : cusip, name,
                    assetClass));
        }
    }

    private void readPrice(Row row) {
        String symbol = row.text(1, "symbol");
        BigDecimal price = row.positive(2, "close price");
        if (row.isGood()) {
            priceRows.add(new PriceRow(row.line, SecurityId.of(symbol), price));
        }
    }

    private void readLot(Row row) {
        String account = row.text(1, "account id");
        String id = row.text(2, "lot id");
        String symbol = row.text(3, "symbol");
        BigDecimal quantity = row.positive(4, "quantity");
        BigDecimal basis = row.decimal(5, "cost basis");
        if (basis != null && basis.signum() < 0) {
            row.bad("cost basis", "must not be negative, was " + basis.toPlainString());
        }
        LocalDate acquired = row.date(6, "acquired");
        if (row.isGood()) {
            lotRows.add(new LotRow(row.line, AccountId.of(account), LotId.of(id), SecurityId.of(symbol), quantity,
                    basis, acquired));
        }
    }

    private void readCash(Row row) {
        String account = row.text(1, "account id");
        BigDecimal amount = row.decimal(2, "amount");
        if (row.isGood()) {
            cashRows.add(new CashRow(row.line, AccountId.of(account), amount));
        }
    }

    private void readTrailer(Row row) {
        String count = row.field(1);
        if (!count.matches("\\d{1,9}")) {
            row.bad("record count", "'" + count + "' is not a record count");
        } else {
            declaredRecords = Long.parseLong(count);
        }
    }

    private void checkFileStructure() {
        if (!headerSeen) {
            fileFailure("record type", "has no records");
        }
        if (!trailerSeen) {
            fileFailure("record type", "has no TRL record: the file is truncated");
        } else if (declaredRecords >= 0 && declaredRecords != recordsBeforeTrailer) {
            fileFailure("record count", "TRL counts " + declaredRecords + " records but the file has "
                    + recordsBeforeTrailer + ": the file is truncated or altered");
        }
    }

    /** Checks the records against each other and builds the snapshot from those that pass. */
    private CustodianSnapshot resolve() {
        boolean usableHeader = custodian != null;
        String owner = usableHeader ? custodian : file;
        LocalDate date = usableHeader ? asOf : LocalDate.EPOCH;

        Map<AccountId, Account> accounts = new LinkedHashMap<>();
        for (AccountRow row : accountRows) {
            if (accounts.containsKey(row.id())) {
                failure(row.line(), "account id", "duplicate account " + row.id());
            } else {
                accounts.put(row.id(), new Account(row.id(), row.household(), row.type(), owner));
            }
        }
        Map<SecurityId, Security> securities = new LinkedHashMap<>();
        for (SecurityRow row : securityRows) {
            if (securities.containsKey(row.id())) {
                failure(row.line(), "symbol", "duplicate security " + row.id());
            } else {
                securities.put(row.id(), new Security(row.id(), row.cusip(), row.name(), row.assetClass()));
            }
        }
        Map<SecurityId, Price> prices = new LinkedHashMap<>();
        for (PriceRow row : priceRows) {
            if (!securities.containsKey(row.security())) {
                failure(row.line(), "symbol", "price for undeclared security " + row.security());
            } else if (prices.containsKey(row.security())) {
                failure(row.line(), "symbol", "duplicate price for " + row.security());
            } else {
                prices.put(row.security(), new Price(row.security(), row.price(), date));
            }
        }
        List<TaxLot> lots = new ArrayList<>();
        Set<LotId> lotIds = new HashSet<>();
        Set<SecurityId> reportedUnpriced = new HashSet<>();
        for (LotRow row : lotRows) {
            if (!accounts.containsKey(row.account())) {
                failure(row.line(), "account id", "lot in undeclared account " + row.account());
            } else if (!securities.containsKey(row.security())) {
                failure(row.line(), "symbol", "lot of undeclared security " + row.security());
            } else if (!lotIds.add(row.id())) {
                failure(row.line(), "lot id", "duplicate lot " + row.id());
            } else {
                if (!prices.containsKey(row.security()) && reportedUnpriced.add(row.security())) {
                    failure(row.line(), "symbol", "no PRC record for held security " + row.security());
                }
                lots.add(new TaxLot(row.id(), row.account(), row.security(), row.quantity(), row.costBasis(),
                        row.acquired()));
            }
        }
        List<CashBalance> cash = new ArrayList<>();
        Set<AccountId> cashAccounts = new HashSet<>();
        for (CashRow row : cashRows) {
            if (!accounts.containsKey(row.account())) {
                failure(row.line(), "account id", "cash in undeclared account " + row.account());
            } else if (!cashAccounts.add(row.account())) {
                failure(row.line(), "account id", "duplicate cash balance for account " + row.account());
            } else {
                cash.add(new CashBalance(row.account(), row.amount()));
            }
        }
        if (!usableHeader) {
            return new CustodianSnapshot(owner, date, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        return new CustodianSnapshot(owner, date, List.copyOf(accounts.values()), List.copyOf(securities.values()),
                lots, cash, List.copyOf(prices.values()));
    }

    private void failure(long line, String field, String reason) {
        failures.add(new ParseFailure(file, line, field, reason));
    }

    private void fileFailure(String field, String reason) {
        failures.add(new ParseFailure(file, 0, field, "file " + reason));
    }

    /** The fields of one record, read one by one; each bad field is reported and marks the row bad. */
    private final class Row {
        private final long line;
        private final List<String> fields;
        private boolean good = true;

        Row(long line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }

        String field(int index) {
            return fields.get(index);
        }

        boolean isGood() {
            return good;
        }

        void bad(String field, String reason) {
            good = false;
            failure(line, field, reason);
        }

        String text(int index, String name) {
            String value = field(index);
            if (value.isBlank()) {
                bad(name, "must not be blank");
            }
            return value;
        }

        BigDecimal decimal(int index, String name) {
            String value = field(index);
            if (!DECIMAL.matcher(value).matches()) {
                bad(name, "'" + value + "' is not a decimal number");
                return null;
            }
            return new BigDecimal(value);
        }

        BigDecimal positive(int index, String name) {
            BigDecimal value = decimal(index, name);
            if (value != null && value.signum() <= 0) {
                bad(name, "must be positive, was " + value.toPlainString());
            }
            return value;
        }

        LocalDate date(int index, String name) {
            String value = field(index);
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                bad(name, "'" + value + "' is not a date (yyyy-MM-dd)");
                return null;
            }
        }
    }
}
