package io.ballast.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the optimizer needs to know about one household on one trade date: its accounts, their lots and
 * cash, the prices, the household's model, its recent trades (for wash sales), the risk model its tracking
 * error is measured with and what the security master says of its securities (asset class, tags), for screens and
 * asset location; a security it says nothing of has {@link SecurityAttributes#NONE}.
 */
public record HouseholdSnapshot(HouseholdId household, LocalDate tradeDate, List<Account> accounts, List<TaxLot> lots,
        Map<AccountId, BigDecimal> cash, Map<SecurityId, BigDecimal> prices, Model model,
        List<RecentTrade> recentTrades, RiskModel riskModel, Map<SecurityId, SecurityAttributes> securities) {
    public HouseholdSnapshot {
        securities = Map.copyOf(Require.present(securities, "securities of household " + household));
        Require.present(riskModel, "risk model of household " + household);
        Require.present(household, "household");
        Require.present(tradeDate, "trade date of household " + household);
        accounts = List.copyOf(accounts);
        lots = List.copyOf(lots);
        cash = Map.copyOf(cash);
        prices = Map.copyOf(prices);
        Require.present(model, "model of household " + household);
        recentTrades = List.copyOf(recentTrades);
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("household " + household + " has no accounts");
        }
        Set<AccountId> accountIds = accounts.stream().map(Account::id).collect(Collectors.toSet());
        for (Account account : accounts) {
            if (!account.household().equals(household)) {
                throw new IllegalArgumentException("account " + account.id() + " belongs to " + account.household()
                        + ", not " + household);
            }
        }
        for (TaxLot lot : lots) {
            if (!accountIds.contains(lot.account())) {
                throw new IllegalArgumentException("lot " + lot.id() + " is in account " + lot.account()
                        + ", which is not in household " + household);
            }
            requirePrice(prices, lot.security(), household);
        }
        for (SecurityId security : model.targets().keySet()) {
            requirePrice(prices, security, household);
        }
    }

    /** A snapshot without security attributes: nothing screened by attribute, no asset class located. */
    public HouseholdSnapshot(HouseholdId household, LocalDate tradeDate, List<Account> accounts, List<TaxLot> lots,
            Map<AccountId, BigDecimal> cash, Map<SecurityId, BigDecimal> prices, Model model,
            List<RecentTrade> recentTrades, RiskModel riskModel) {
        this(household, tradeDate, accounts, lots, cash, prices, model, recentTrades, riskModel, Map.of());
    }

    /** A snapshot without a risk model of its own: every security uncorrelated ({@link RiskModel#uncorrelated()}). */
    public HouseholdSnapshot(HouseholdId household, LocalDate tradeDate, List<Account> accounts, List<TaxLot> lots,
            Map<AccountId, BigDecimal> cash, Map<SecurityId, BigDecimal> prices, Model model,
            List<RecentTrade> recentTrades) {
        this(household, tradeDate, accounts, lots, cash, prices, model, recentTrades, RiskModel.uncorrelated());
    }

    public HouseholdSnapshot withRiskModel(RiskModel risk) {
        return new HouseholdSnapshot(household, tradeDate, accounts, lots, cash, prices, model, recentTrades, risk,
                securities);
    }

    public HouseholdSnapshot withSecurities(Map<SecurityId, SecurityAttributes> attributes) {
        return new HouseholdSnapshot(household, tradeDate, accounts, lots, cash, prices, model, recentTrades,
                riskModel, attributes);
    }

    public SecurityAttributes attributes(SecurityId security) {
        return securities.getOrDefault(security, SecurityAttributes.NONE);
    }

    private static void requirePrice(Map<SecurityId, BigDecimal> prices, SecurityId security, HouseholdId household) {
        if (!prices.containsKey(security)) {
            throw new IllegalArgumentException("no price for " + security + " in household " + household);
        }
    }

    public BigDecimal cash(AccountId account) {
        return cash.getOrDefault(account, BigDecimal.ZERO);
    }

    public BigDecimal price(SecurityId security) {
        return prices.get(security);
    }

    public BigDecimal marketValue(TaxLot lot) {
        return lot.quantity().multiply(price(lot.security()));
    }

    /** Market value of every security held plus all cash. */
    public BigDecimal totalValue() {
        BigDecimal holdings = lots.stream().map(this::marketValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return cash.values().stream().reduce(holdings, BigDecimal::add);
    }

    public BigDecimal accountValue(AccountId account) {
        BigDecimal holdings = lots.stream().filter(lot -> lot.account().equals(account)).map(this::marketValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return holdings.add(cash(account));
    }
}
