package io.ballast.connectors.custodian.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ballast.connectors.custodian.SecurityIdentifiers;
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
import io.ballast.domain.SecurityIdentifier.Scheme;
import io.ballast.domain.TaxLot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the pages a REST API served into one custodian snapshot through a {@link JsonBookMapping}. Like the file
 * parsers it never stops at the first problem: every failure names the page, the record (its position in the
 * page, as the line), the field with its JSON pointer, and the reason. A result with failures must not be loaded.
 */
public final class JsonBookReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonBookMapping mapping;

    public JsonBookReader(JsonBookMapping mapping) {
        this.mapping = mapping;
    }

    /**
     * @param custodian the custodian's name, as the snapshot's
     * @param fetchDay  the as-of date when the mapping reads none from the API
     * @param pages     every page fetched, of every resource, in order
     */
    public ParseResult<CustodianSnapshot> read(String custodian, LocalDate fetchDay, List<JsonPage> pages) {
        return new Reading(custodian, fetchDay).read(pages);
    }

    private final class Reading {
        private final String custodian;
        private LocalDate asOf;
        private final List<ParseFailure> failures = new ArrayList<>();
        private final List<Account> accounts = new ArrayList<>();
        private final List<Security> securities = new ArrayList<>();
        private final List<Price> prices = new ArrayList<>();
        private final List<TaxLot> lots = new ArrayList<>();
        private final List<CashBalance> cash = new ArrayList<>();
        private final List<Record> lotRecords = new ArrayList<>();
        private final List<Record> cashRecords = new ArrayList<>();
        // every account id served, also of a record that was refused, so its lots do not repeat its problem
        private final Set<AccountId> accountIds = new HashSet<>();

        Reading(String custodian, LocalDate fetchDay) {
            this.custodian = custodian;
            this.asOf = fetchDay;
        }

        ParseResult<CustodianSnapshot> read(List<JsonPage> pages) {
            boolean asOfRead = mapping.asOf() == null;
            for (JsonPage page : pages) {
                JsonNode body = parse(page);
                if (body == null) {
                    continue;
                }
                if (!asOfRead && page.resource() == BookResource.ACCOUNTS) {
                    asOfRead = true;
                    readAsOf(page, body);
                }
                JsonNode items = body.at(mapping.resource(page.resource()).items());
                if (!items.isArray()) {
                    failures.add(new ParseFailure(page.source(), 0, mapping.resource(page.resource()).items(),
                            "is not an array of records"));
                    continue;
                }
                for (int i = 0; i < items.size(); i++) {
                    readRecord(new Record(page, i + 1, items.get(i)));
                }
            }
            crossCheck();
            CustodianSnapshot snapshot = new CustodianSnapshot(custodian, asOf, accounts, securities, lots, cash,
                    prices);
            return new ParseResult<>(snapshot, failures);
        }

        private JsonNode parse(JsonPage page) {
            try {
                return JSON.readTree(page.body());
            } catch (JsonProcessingException e) {
                // the line of the page's text where the JSON breaks
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                failures.add(new ParseFailure(page.source(), line, null,
                        "is not JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")));
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void readAsOf(JsonPage page, JsonNode body) {
            JsonNode date = body.at(mapping.asOf());
            try {
                asOf = LocalDate.parse(date.asText());
            } catch (DateTimeParseException e) {
                failures.add(new ParseFailure(page.source(), 0, "asOf " + mapping.asOf(),
                        "'" + date.asText() + "' is not a date (yyyy-MM-dd)"));
            }
        }

        private void readRecord(Record r) {
            switch (r.page.resource()) {
                case ACCOUNTS -> {
                    String id = r.text("id");
                    if (id != null) {
                        accountIds.add(AccountId.of(id));
                    }
                    String household = r.text("household");
                    String code = r.text("type");
                    AccountType type = code == null ? null : mapping.accountTypes().get(code);
                    if (code != null && type == null) {
                        r.bad("type", "'" + code + "' is not one of " + new TreeSet<>(mapping.accountTypes().keySet()));
                    }
                    r.ifGood(() -> accounts.add(new Account(AccountId.of(id), HouseholdId.of(household), type,
                            custodian)));
                }
                case SECURITIES -> {
                    String symbol = r.text("symbol");
                    String cusip = r.optionalText("cusip");
                    String problem = cusip == null ? null : SecurityIdentifiers.problem(Scheme.CUSIP, cusip);
                    if (problem != null) {
                        r.bad("cusip", problem);
                    }
                    String name = r.text("name");
                    String assetClass = r.text("assetClass");
                    r.ifGood(() -> securities.add(new Security(SecurityId.of(symbol), cusip, name, assetClass)));
                }
                case PRICES -> {
                    String symbol = r.text("symbol");
                    BigDecimal price = r.positive("price");
                    r.ifGood(() -> prices.add(new Price(SecurityId.of(symbol), price, asOf)));
                }
                case LOTS -> {
                    String account = r.text("account");
                    String id = r.text("id");
                    String symbol = r.text("symbol");
                    BigDecimal quantity = r.positive("quantity");
                    BigDecimal basis = r.decimal("costBasis");
                    if (basis != null && basis.signum() < 0) {
                        r.bad("costBasis", basis.toPlainString() + " is negative");
                    }
                    LocalDate acquired = r.date("acquired");
                    r.ifGood(() -> {
                        lots.add(new TaxLot(LotId.of(id), AccountId.of(account), SecurityId.of(symbol), quantity,
                                basis, acquired));
                        lotRecords.add(r);
                    });
                }
                case CASH -> {
                    String account = r.text("account");
                    BigDecimal amount = r.decimal("amount");
                    r.ifGood(() -> {
                        cash.add(new CashBalance(AccountId.of(account), amount));
                        cashRecords.add(r);
                    });
                }
            }
        }

        // The rules that tie one resource to another, as the file formats check them.
        private void crossCheck() {
            Set<SecurityId> securityIds = new HashSet<>();
            securities.forEach(s -> securityIds.add(s.id()));
            Set<SecurityId> priced = new HashSet<>();
            prices.forEach(p -> priced.add(p.security()));
            Set<LotId> lotIds = new HashSet<>();
            for (int i = 0; i < lots.size(); i++) {
                TaxLot lot = lots.get(i);
                Record r = lotRecords.get(i);
                if (!lotIds.add(lot.id())) {
                    r.bad("id", "lot " + lot.id() + " appears twice");
                }
                if (!accountIds.contains(lot.account())) {
                    r.bad("account", "account " + lot.account() + " is not among the accounts served");
                }
                if (!securityIds.contains(lot.security())) {
                    r.bad("symbol", "security " + lot.security() + " is not among the securities served");
                } else if (!priced.contains(lot.security())) {
                    r.bad("symbol", "security " + lot.security() + " is held but has no price");
                }
            }
            for (int i = 0; i < cash.size(); i++) {
                if (!accountIds.contains(cash.get(i).account())) {
                    cashRecords.get(i).bad("account",
                            "account " + cash.get(i).account() + " is not among the accounts served");
                }
            }
        }

        /** One record of a page, read field by field; each bad field is a failure. */
        private final class Record {
            final JsonPage page;
            final int position;
            final JsonNode node;
            boolean good = true;

            Record(JsonPage page, int position, JsonNode node) {
                this.page = page;
                this.position = position;
                this.node = node;
            }

            String optionalText(String field) {
                JsonNode value = value(field);
                if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
                    return null;
                }
                if (!value.isValueNode()) {
                    bad(field, "is " + value.getNodeType().toString().toLowerCase(Locale.ROOT)
                            + ", not a value");
                    return null;
                }
                return value.asText().strip();
            }

            String text(String field) {
                String text = optionalText(field);
                if (text == null && !value(field).isContainerNode()) {
                    bad(field, "is missing");
                }
                return text;
            }

            BigDecimal decimal(String field) {
                JsonNode value = value(field);
                if (value.isNumber()) {
                    return value.decimalValue();
                }
                String text = text(field);
                if (text == null) {
                    return null;
                }
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException e) {
                    bad(field, "'" + text + "' is not a number");
                    return null;
                }
            }

            BigDecimal positive(String field) {
                BigDecimal number = decimal(field);
                if (number != null && number.signum() <= 0) {
                    bad(field, number.toPlainString() + " is not positive");
                }
                return number;
            }

            LocalDate date(String field) {
                String text = text(field);
                if (text == null) {
                    return null;
                }
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    bad(field, "'" + text + "' is not a date (yyyy-MM-dd)");
                    return null;
                }
            }

            void ifGood(Runnable add) {
                if (good) {
                    add.run();
                }
            }

            void bad(String field, String reason) {
                good = false;
                failures.add(new ParseFailure(page.source(), position,
                        field + " " + mapping.resource(page.resource()).pointer(field), reason));
            }

            private JsonNode value(String field) {
                return node.at(mapping.resource(page.resource()).pointer(field));
            }
        }
    }
}
