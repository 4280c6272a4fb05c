package io.ballast.connectors.custodian.swift;

import com.prowidesoftware.swift.model.field.Field19A;
import com.prowidesoftware.swift.model.field.Field69A;
import io.ballast.connectors.custodian.CustodianFormat;
import io.ballast.connectors.custodian.ParseContext;
import io.ballast.domain.Account;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.CustodianTransaction;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.ParseResult;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TransactionType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SWIFT MT536, statement of transactions, for one safekeeping account over a period ({@code :69A::STAT}, whose end
 * is the as-of date): each settled movement of an instrument (ISIN) with its direction ({@code :22H::REDE}
 * RECE/DELI), payment ({@code :22H::PAYM} APMT/FREE), posted quantity and amount, trade and settlement dates and
 * reference. Receipts against payment are buys, deliveries against payment sells, free ones transfers. The
 * statement adds transactions only; the account's lots and cash are left as they are.
 */
public final class Mt536Format implements CustodianFormat {
    public static final String NAME = "swift-mt536";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ParseResult<CustodianSnapshot> parse(String fileName, InputStream in, ParseContext context) {
        return SwiftTags.parse(fileName, in, "536",
                (file, fields, failures) -> new Statement(file, context, failures).read(fields));
    }

    private static final class Statement extends SwiftStatement {
        private final List<Movement> movements = new ArrayList<>();
        private String isin;
        private long isinLine;
        private Movement movement;

        private static final class Movement {
            long line;
            String isin;
            long isinLine;
            String reference;
            String direction;
            String payment;
            BigDecimal quantity;
            BigDecimal amount;
            LocalDate tradeDate;
            LocalDate settleDate;
        }

        Statement(String file, ParseContext context, List<ParseFailure> failures) {
            super(file, context, failures, "69A", "statement period (:69A::STAT)");
        }

        @Override
        CustodianSnapshot snapshot(Account account) {
            List<CustodianTransaction> transactions = new ArrayList<>();
            Set<String> references = new HashSet<>();
            for (Movement moved : movements) {
                transaction(account, moved, references).ifPresent(transactions::add);
            }
            return new CustodianSnapshot(account.custodian(), asOf, List.of(account), List.of(), List.of(),
                    List.of(), List.of(), transactions, CustodianSnapshot.Scope.TRANSACTIONS);
        }

        @Override
        void take(SwiftTags.Field field) {
            String qualifier = field.qualifier();
            switch (field.name()) {
                case "16R" -> {
                    if (field.value().equals("TRAN")) {
                        movement = new Movement();
                        movement.line = field.line();
                        movement.isin = isin;
                        movement.isinLine = isinLine;
                    }
                }
                case "16S" -> {
                    if (field.value().equals("TRAN") && movement != null) {
                        movements.add(movement);
                        movement = null;
                    } else if (field.value().equals("FIN")) {
                        isin = null;
                    }
                }
                case "69A" -> {
                    if (qualifier.equals("STAT")) {
                        asOf = SwiftValues.date8(new Field69A(field.value()).getDate2());
                        if (asOf == null) {
                            failure(field.line(), "69A", "'" + field.value() + "' is not a statement period");
                        }
                    }
                }
                case "35B" -> {
                    isin = SwiftValues.isin(field.value());
                    isinLine = field.line();
                }
                case "20C" -> {
                    if (movement != null && qualifier.equals("RELA")) {
                        movement.reference = field.value().substring(field.value().lastIndexOf('/') + 1);
                    }
                }
                case "22H" -> {
                    if (movement != null) {
                        String code = field.value().substring(field.value().lastIndexOf('/') + 1);
                        if (qualifier.equals("REDE")) {
                            movement.direction = code;
                        } else if (qualifier.equals("PAYM")) {
                            movement.payment = code;
                        }
                    }
                }
                case "36B" -> {
                    if (movement != null && qualifier.equals("PSTA")) {
                        movement.quantity = SwiftValues.quantity(field.value());
                    }
                }
                case "19A" -> {
                    if (movement != null && qualifier.equals("PSTA")) {
                        movement.amount = new Field19A(field.value()).getAmountAsBigDecimal();
                    }
                }
                case "98A" -> {
                    if (movement != null) {
                        LocalDate date = SwiftValues.date(field.value());
                        if (date == null) {
                            failure(field.line(), "98A", "'" + field.value() + "' is not a date (YYYYMMDD)");
                        } else if (qualifier.equals("TRAD")) {
                            movement.tradeDate = date;
                        } else if (qualifier.equals("ESET") || qualifier.equals("SETT")) {
                            movement.settleDate = date;
                        }
                    }
                }
                default -> {
                    // other fields (pagination, linkages, narratives) are not needed
                }
            }
        }

        private Optional<CustodianTransaction> transaction(Account account, Movement moved, Set<String> references) {
            TransactionType type = type(moved);
            if (type == null || moved.quantity == null || moved.quantity.signum() <= 0
                    || (moved.tradeDate == null && moved.settleDate == null)) {
                failure(moved.line, "22H", "movement needs RECE or DELI (:22H::REDE), APMT or FREE (:22H::PAYM), a"
                        + " positive posted quantity (:36B::PSTA) and a trade or settlement date (:98A::TRAD/ESET)");
                return Optional.empty();
            }
            Optional<SecurityId> security = security(moved.isin, moved.isinLine, "MT536 movement");
            if (security.isEmpty()) {
                return Optional.empty();
            }
            if (moved.reference != null && !references.add(moved.reference)) {
                failure(moved.line, "20C", "duplicate movement " + moved.reference);
                return Optional.empty();
            }
            LocalDate trade = moved.tradeDate != null ? moved.tradeDate : moved.settleDate;
            if (moved.settleDate != null && moved.settleDate.isBefore(trade)) {
                failure(moved.line, "98A", "settles " + moved.settleDate + ", before its trade date " + trade);
                return Optional.empty();
            }
            BigDecimal amount = moved.amount == null ? BigDecimal.ZERO : moved.amount.abs();
            BigDecimal signed = type == TransactionType.BUY ? amount.negate()
                    : type == TransactionType.SELL ? amount : BigDecimal.ZERO;
            return Optional.of(new CustodianTransaction(account.id(), security.get(), type, trade, moved.settleDate,
                    moved.quantity, signed, moved.reference));
        }

        private static TransactionType type(Movement moved) {
            boolean paid = "APMT".equals(moved.payment);
            boolean free = "FREE".equals(moved.payment);
            if ("RECE".equals(moved.direction)) {
                return paid ? TransactionType.BUY : free ? TransactionType.TRANSFER_IN : null;
            }
            if ("DELI".equals(moved.direction)) {
                return paid ? TransactionType.SELL : free ? TransactionType.TRANSFER_OUT : null;
            }
            return null;
        }

    }
}
