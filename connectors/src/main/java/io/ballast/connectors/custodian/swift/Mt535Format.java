package io.ballast.connectors.custodian.swift;

import io.ballast.connectors.custodian.CustodianFormat;
import io.ballast.connectors.custodian.ParseContext;
import io.ballast.domain.Account;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.Decimals;
import io.ballast.domain.LotId;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.ParseResult;
import io.ballast.domain.Price;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SWIFT MT535, statement of holdings, for one safekeeping account: each financial instrument (ISIN) with its
 * aggregate balance ({@code :93B::AGGR}), market price ({@code :90a::MRKT}) and its quantity breakdown into lots
 * ({@code :36B::LOTS}, {@code :98A::LOTS} acquisition date, {@code :90a::LOTS} unit cost, {@code :13B::LOTS} lot
 * number). The statement replaces the account's lots; its cash is left as it is. The account must already be in
 * the ledger, declared by a file that gives its household and type; ISINs resolve through the security master.
 */
public final class Mt535Format implements CustodianFormat {
    public static final String NAME = "swift-mt535";
    private static final Logger LOG = LoggerFactory.getLogger(Mt535Format.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ParseResult<CustodianSnapshot> parse(String fileName, InputStream in, ParseContext context) {
        return SwiftTags.parse(fileName, in, "535",
                (file, fields, failures) -> new Statement(file, context, failures).read(fields));
    }

    /** One walk through the statement's fields. */
    private static final class Statement extends SwiftStatement {
        private final List<Holding> holdings = new ArrayList<>();
        private Holding holding;
        private Lot lot;

        Statement(String file, ParseContext context, List<ParseFailure> failures) {
            super(file, context, failures, "98A", "statement date (:98A::STAT)");
        }

        private static final class Holding {
            long line;
            String isin;
            String description;
            BigDecimal aggregate;
            BigDecimal price;
            final List<Lot> lots = new ArrayList<>();
        }

        private static final class Lot {
            long line;
            String number;
            BigDecimal quantity;
            LocalDate acquired;
            BigDecimal unitCost;
        }

        @Override
        void take(SwiftTags.Field field) {
            String qualifier = field.qualifier();
            switch (field.name()) {
                case "16R" -> {
                    if (field.value().equals("FIN")) {
                        holding = new Holding();
                        holding.line = field.line();
                        holdings.add(holding);
                    } else if (holding != null) {
                        lot = new Lot();
                        lot.line = field.line();
                    }
                }
                case "16S" -> {
                    if (field.value().equals("FIN")) {
                        holding = null;
                    } else if (holding != null && lot != null && lot.quantity != null) {
                        holding.lots.add(lot);
                        lot = null;
                    }
                }
                case "98A" -> {
                    LocalDate date = SwiftValues.date(field.value());
                    if (date == null) {
                        failure(field.line(), "98A", "'" + field.value() + "' is not a date (YYYYMMDD)");
                    } else if (qualifier.equals("STAT")) {
                        asOf = date;
                    } else if (qualifier.equals("LOTS") && lot != null) {
                        lot.acquired = date;
                    }
                }
                case "35B" -> {
                    if (holding != null) {
                        holding.isin = SwiftValues.isin(field.value());
                        holding.description = SwiftValues.description(field.value());
                    }
                }
                case "93B" -> {
                    if (holding != null && qualifier.equals("AGGR")) {
                        holding.aggregate = SwiftValues.balance(field.value());
                    }
                }
                case "90A", "90B" -> {
                    if (holding != null && qualifier.equals("MRKT")) {
                        holding.price = SwiftValues.price(field.value());
                    } else if (lot != null && qualifier.equals("LOTS")) {
                        lot.unitCost = SwiftValues.price(field.value());
                    }
                }
                case "36B" -> {
                    if (lot != null && qualifier.equals("LOTS")) {
                        lot.quantity = SwiftValues.quantity(field.value());
                    }
                }
                case "13B" -> {
                    if (lot != null && qualifier.equals("LOTS")) {
                        lot.number = field.value().substring(field.value().lastIndexOf('/') + 1);
                    }
                }
                default -> {
                    // the statement's other fields (pagination, references, valuations) are not needed
                }
            }
        }

        @Override
        CustodianSnapshot snapshot(Account account) {
            List<TaxLot> lots = new ArrayList<>();
            Map<SecurityId, Price> prices = new LinkedHashMap<>();
            for (Holding held : holdings) {
                Optional<SecurityId> security = security(held.isin, held.line, held.description);
                if (security.isEmpty()) {
                    continue;
                }
                if (held.price == null || held.price.signum() <= 0) {
                    failure(held.line, "90B", "holding of " + held.isin + " has no positive market price (:90a::MRKT)");
                    continue;
                }
                List<TaxLot> heldLots = lots(account, security.get(), held);
                if (heldLots == null) {
                    continue;
                }
                prices.put(security.get(), new Price(security.get(), held.price, asOf));
                lots.addAll(heldLots);
            }
            return new CustodianSnapshot(account.custodian(), asOf, List.of(account), List.of(), lots, List.of(),
                    List.copyOf(prices.values()), List.of(), CustodianSnapshot.Scope.HOLDINGS);
        }

        /** The holding's lots, or null when any is bad or they do not add up under a break policy (reported). */
        private List<TaxLot> lots(Account account, SecurityId security, Holding held) {
            List<TaxLot> lots = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Lot found : held.lots) {
                if (found.quantity.signum() <= 0 || found.acquired == null || found.unitCost == null
                        || found.unitCost.signum() < 0 || found.acquired.isAfter(asOf)) {
                    failure(found.line, "36B", "lot of " + held.isin + " needs a positive quantity (:36B::LOTS),"
                            + " an acquisition date not after the statement (:98A::LOTS) and a unit cost (:90a::LOTS)");
                    return null;
                }
                String number = found.number != null ? found.number : asOf + "/" + found.line;
                lots.add(new TaxLot(LotId.of(account.id().value() + "/" + held.isin + "/" + number), account.id(),
                        security, found.quantity, Decimals.money(found.unitCost.multiply(found.quantity)),
                        found.acquired));
                sum = sum.add(found.quantity);
            }
            if (held.aggregate == null || held.aggregate.compareTo(sum) != 0) {
                String reason = "lots of " + held.isin + " add up to " + sum.toPlainString() + ", the aggregate"
                        + " balance (:93B::AGGR) is " + (held.aggregate == null ? "missing" : held.aggregate
                        .toPlainString());
                if (context.lotMismatch() == ParseContext.LotMismatch.BREAK || held.aggregate == null) {
                    failure(held.line, "93B", reason);
                    return null;
                }
                LOG.warn("{}:{}: {}", file, held.line, reason);
            }
            return lots;
        }

    }
}
