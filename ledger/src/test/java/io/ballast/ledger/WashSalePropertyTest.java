package io.ballast.ledger;

import io.ballast.domain.Decimals;
import static io.ballast.ledger.Fixtures.CLOCK;
import static io.ballast.ledger.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.CashBalance;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotId;
import io.ballast.domain.Price;
import io.ballast.domain.Security;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import io.ballast.ledger.testing.Database;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Random buys and sales in a household of a taxable account and an IRA, allocated through the real book. */
class WashSalePropertyTest {
    private static final SecurityId XYZ = SecurityId.of("XYZ");
    private static final HouseholdId HOUSEHOLD = HouseholdId.of("H");
    private static final List<AccountId> ACCOUNTS = List.of(AccountId.of("TAX"), AccountId.of("IRA"));
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    /** Days after the previous step, account (0 taxable, 1 IRA), buy or sell, shares, price. */
    record Step(int gap, int account, boolean buy, int shares, int price) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 1),
                Arbitraries.of(true, false), Arbitraries.integers().between(1, 120),
                Arbitraries.integers().between(5, 15))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(10);
    }

    @Property(tries = 30, seed = "1091")
    void disallowedLossesAreBoundedMatchedOnceAndMoveBasisOnlyIntoTaxableLots(@ForAll Database database,
            @ForAll("steps") List<Step> steps) {
        DataSource dataSource = database.fresh();
        List<Account> accounts = List.of(new Account(ACCOUNTS.get(0), HOUSEHOLD, AccountType.TAXABLE, "C"),
                new Account(ACCOUNTS.get(1), HOUSEHOLD, AccountType.TRADITIONAL_IRA, "C"));
        List<TaxLot> opening = List.of(new TaxLot(LotId.of("O-TAX"), ACCOUNTS.get(0), XYZ,
                dec("100"), dec("1000.00"), START.minusDays(200)), new TaxLot(LotId.of("O-IRA"),
                        ACCOUNTS.get(1), XYZ, dec("100"), dec("1000.00"), START.minusDays(20)));
        new BookLoader(dataSource, CLOCK).load(new CustodianSnapshot("C", START.minusDays(1), accounts,
                List.of(new Security(XYZ, null, "XYZ Corp", "US_EQUITY")), opening,
                accounts.stream().map(account -> new CashBalance(account.id(), dec("100000.00"))).toList(),
                List.of(new Price(XYZ, dec("10"), START.minusDays(1)))), "start.csv", "start");
        TradingDays days = new TradingDays(dataSource);
        LocalDate date = START;
        for (Step step : steps) {
            date = date.plusDays(step.gap());
            AccountId account = ACCOUNTS.get(step.account());
            BigDecimal shares = BigDecimal.valueOf(step.shares());
            if (step.buy()) {
                days.trade(date, HOUSEHOLD, step.price() + ".00", Fixtures.buy(account, XYZ, shares.toPlainString()));
            } else {
                BigDecimal held = days.lots(account, XYZ).stream().map(TaxLot::quantity)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (held.min(shares).signum() > 0) {
                    days.trade(date, HOUSEHOLD, step.price() + ".00", days.sellOldest(account, XYZ, held.min(shares)));
                }
            }
        }

        List<Realized> realized = days.query("SELECT r.id, a.account_type, r.quantity, r.basis, r.gain,"
                + " r.disallowed_loss FROM realized_lot r JOIN account a ON a.id = r.account_id", rs -> new Realized(
                        rs.getLong(1), AccountType.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6)));
        List<WashSale> washSales = new WashSales(dataSource).ofHousehold(HOUSEHOLD, START, date);
        Statistics.label("wash sales").collect(database, washSales.isEmpty() ? "none"
                : washSales.stream().anyMatch(WashSale::permanent) ? "with IRA replacements" : "taxable only");
        BigDecimal losses = BigDecimal.ZERO;
        BigDecimal disallowed = BigDecimal.ZERO;
        for (Realized lot : realized) {
            BigDecimal loss = lot.gain().signum() < 0 && lot.type().isTaxable() ? lot.gain().negate() : BigDecimal.ZERO;
            assertThat(lot.disallowed()).as("disallowed of realised lot %s", lot.id()).isBetween(BigDecimal.ZERO, loss);
            List<WashSale> matches = washSales.stream().filter(w -> w.realizedLotId() == lot.id()).toList();
            assertThat(sum(matches.stream().map(WashSale::quantity).toList())).isLessThanOrEqualTo(lot.quantity());
            assertThat(sum(matches.stream().map(WashSale::disallowedLoss).toList()))
                    .isEqualByComparingTo(lot.disallowed());
            losses = losses.add(loss);
            disallowed = disallowed.add(lot.disallowed());
        }
        assertThat(disallowed).isLessThanOrEqualTo(losses);

        // each replacement share absorbs one loss share at most: per purchase, the matched shares fit in it
        Map<String, BigDecimal> bought = new HashMap<>();
        days.query("SELECT b.clordid, a.account_id, a.quantity FROM allocation a"
                + " JOIN block_order b ON b.id = a.block_id WHERE a.side = 'BUY'",
                rs -> bought.put(rs.getString(1) + "-" + rs.getString(2), rs.getBigDecimal(3)));
        opening.forEach(lot -> bought.put(lot.id().value(), lot.quantity()));
        Map<String, BigDecimal> absorbed = new HashMap<>();
        for (WashSale match : washSales) {
            absorbed.merge(match.replacementLot().value().replaceFirst("-W\\d+$", ""), match.quantity(),
                    BigDecimal::add);
            assertThat(Math.abs(ChronoUnit.DAYS.between(match.saleDate(), match.purchaseDate())))
                    .isLessThanOrEqualTo(WashSaleMatcher.WINDOW_DAYS);
            assertThat(match.permanent()).isEqualTo(match.replacementAccount().equals(ACCOUNTS.get(1)));
        }
        absorbed.forEach((purchase, shares) -> assertThat(shares).as("shares of %s absorbed", purchase)
                .isLessThanOrEqualTo(bought.get(purchase)));
        assertThat(washSales).extracting(WashSale::replacementLot).doesNotHaveDuplicates();

        // basis is conserved: what was paid, plus the losses moved into taxable lots, is open or realised
        List<TaxLot> open = ACCOUNTS.stream().flatMap(account -> days.lots(account, XYZ).stream()).toList();
        assertThat(open).allSatisfy(lot -> {
            assertThat(lot.quantity()).isPositive();
            assertThat(lot.costBasis()).isNotNegative();
        });
        BigDecimal paid = sum(days.query("SELECT quantity * avg_price FROM allocation WHERE side = 'BUY'",
                rs -> Decimals.money(rs.getBigDecimal(1))));
        BigDecimal basisAdded = sum(washSales.stream().map(WashSale::basisAdded).toList());
        assertThat(basisAdded).isEqualByComparingTo(sum(washSales.stream().filter(w -> !w.permanent())
                .map(WashSale::disallowedLoss).toList()));
        assertThat(sum(open.stream().map(TaxLot::costBasis).toList())
                .add(sum(realized.stream().map(Realized::basis).toList())))
                .isEqualByComparingTo(dec("2000.00").add(paid).add(basisAdded));
    }

    private record Realized(long id, AccountType type, BigDecimal quantity, BigDecimal basis, BigDecimal gain,
            BigDecimal disallowed) {
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
