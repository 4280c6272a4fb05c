package io.ballast.optimizer;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.LotPick;
import io.ballast.domain.Mode;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.ScreenedHoldings;
import io.ballast.domain.SecurityAttributes;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a proposal against the rules straight from the snapshot and policy, sharing no code with the optimizer,
 * and returns every violation found.
 */
final class ProposalAudit {
    private final HouseholdSnapshot snapshot;
    private final Policy policy;
    private final Proposal proposal;
    private final Map<LotId, TaxLot> lots;
    private final Map<AccountId, Account> accounts;
    private final List<String> violations = new ArrayList<>();

    private ProposalAudit(HouseholdSnapshot snapshot, Policy policy, Proposal proposal) {
        this.snapshot = snapshot;
        this.policy = policy;
        this.proposal = proposal;
        this.lots = snapshot.lots().stream().collect(Collectors.toMap(TaxLot::id, Function.identity()));
        this.accounts = snapshot.accounts().stream().collect(Collectors.toMap(Account::id, Function.identity()));
    }

    static List<String> violations(HouseholdSnapshot snapshot, Policy policy, Proposal proposal) {
        ProposalAudit audit = new ProposalAudit(snapshot, policy, proposal);
        audit.checkLotPicks();
        audit.checkCash();
        audit.checkBuys();
        audit.checkWashSales();
        audit.checkMinimumTrade();
        audit.checkNoRoundTrip();
        audit.checkMode();
        audit.checkScreenedHoldings();
        return audit.violations;
    }

    private void checkLotPicks() {
        Map<LotId, BigDecimal> picked = new HashMap<>();
        for (ProposedTrade trade : proposal.trades()) {
            if (trade.side() == Side.BUY) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (LotPick pick : trade.lots()) {
                TaxLot lot = lots.get(pick.lot());
                if (lot == null || !lot.account().equals(trade.account()) || !lot.security().equals(trade.security())) {
                    violations.add("sale " + trade + " picks lot " + pick.lot() + " of another position");
                    continue;
                }
                if (!onIncrement(pick.quantity()) && pick.quantity().compareTo(lot.quantity()) != 0) {
                    violations.add("pick " + pick + " is neither a multiple of the share increment nor the whole lot");
                }
                picked.merge(pick.lot(), pick.quantity(), BigDecimal::add);
                sum = sum.add(pick.quantity());
            }
            if (sum.compareTo(trade.quantity()) != 0) {
                violations.add("picks of " + trade + " sum to " + sum);
            }
        }
        picked.forEach((id, quantity) -> {
            if (quantity.compareTo(lots.get(id).quantity()) > 0) {
                violations.add("lot " + id + " oversold (short): " + quantity + " of " + lots.get(id).quantity());
            }
        });
    }

    private void checkCash() {
        for (Account account : snapshot.accounts()) {
            BigDecimal cash = snapshot.cash(account.id());
            for (ProposedTrade trade : proposal.trades()) {
                if (trade.account().equals(account.id())) {
                    BigDecimal value = trade.quantity().multiply(snapshot.price(trade.security()));
                    cash = trade.side() == Side.SELL ? cash.add(value) : cash.subtract(value);
                }
            }
            BigDecimal reserve = policy.cashReserve().multiply(snapshot.accountValue(account.id()));
            if (policy.mode() == Mode.HARVEST_ONLY) {
                reserve = reserve.min(snapshot.cash(account.id()));
                if (cash.compareTo(snapshot.cash(account.id())) < 0) {
                    violations.add("harvest only: cash of " + account.id() + " falls to " + cash);
                }
            }
            if (policy.mode() == Mode.CASH_RAISE && policy.cashAmount(account.id()).signum() > 0) {
                reserve = reserve.add(policy.cashAmount(account.id()));
            } else if (policy.mode().movesCash()) {
                reserve = reserve.min(snapshot.cash(account.id()));
            }
            // a household left alone may stay short of its reserve by less than a minimum trade, never by more
            BigDecimal allowed = proposal.trades().isEmpty() ? policy.minTradeValue() : BigDecimal.ZERO;
            if (cash.add(allowed).compareTo(reserve) < 0) {
                violations.add("cash of " + account.id() + " after trades " + cash + " is below reserve " + reserve);
            }
        }
    }

    private void checkBuys() {
        for (ProposedTrade trade : buys()) {
            if (policy.restricted().contains(trade.security())) {
                violations.add("buys restricted " + trade.security());
            }
            if (policy.mode() == Mode.HARVEST_ONLY) {
                if (!substitutesOfLossSales(trade.account()).contains(trade.security())) {
                    violations.add("harvest only: buys " + trade.security() + " in " + trade.account()
                            + ", no substitute of what the account sells at a loss");
                }
            } else if (!snapshot.model().targets().containsKey(trade.security())) {
                violations.add("buys " + trade.security() + ", which is not in the model");
            }
            if (!onIncrement(trade.quantity())) {
                violations.add("buys other than a multiple of the share increment: " + trade);
            }
            if (isScreened(trade.security())) {
                violations.add("buys screened " + trade.security());
            }
        }
    }

    private void checkWashSales() {
        LocalDate from = snapshot.tradeDate().minusDays(policy.washSaleDays());
        Set<SecurityId> recentLossSales = new TreeSet<>();
        Set<SecurityId> recentBuys = new TreeSet<>();
        for (RecentTrade trade : snapshot.recentTrades()) {
            if (trade.tradeDate().isBefore(from) || trade.tradeDate().isAfter(snapshot.tradeDate())) {
                continue;
            }
            Account account = accounts.get(trade.account());
            if (trade.side() == Side.BUY) {
                recentBuys.add(trade.security());
            } else if (trade.realizedGain().signum() < 0 && (account == null || account.type().isTaxable())) {
                recentLossSales.add(trade.security());
            }
        }
        Set<SecurityId> bought = buys().stream().map(ProposedTrade::security).collect(Collectors.toSet());
        Set<SecurityId> soldAtLoss = new TreeSet<>();
        for (ProposedTrade trade : proposal.trades()) {
            for (LotPick pick : trade.lots()) {
                TaxLot lot = lots.get(pick.lot());
                BigDecimal proceeds = pick.quantity().multiply(snapshot.price(lot.security()));
                BigDecimal basis = lot.costBasis().multiply(pick.quantity()).divide(lot.quantity(),
                        java.math.MathContext.DECIMAL64);
                if (accounts.get(lot.account()).type().isTaxable() && proceeds.compareTo(basis) < 0) {
                    soldAtLoss.add(lot.security());
                }
            }
        }
        for (SecurityId security : bought) {
            if (recentLossSales.contains(security)) {
                violations.add("wash sale: buys " + security + " after a recent loss sale");
            }
            if (soldAtLoss.contains(security)) {
                violations.add("wash sale: buys " + security + " and sells it at a loss in one proposal");
            }
        }
        for (SecurityId security : soldAtLoss) {
            if (recentBuys.contains(security)) {
                violations.add("wash sale: sells " + security + " at a loss after a recent buy");
            }
        }
    }

    private void checkMinimumTrade() {
        for (ProposedTrade trade : proposal.trades()) {
            boolean screenedOut = trade.side() == Side.SELL && isScreened(trade.security())
                    && policy.screenedHoldings() == ScreenedHoldings.SELL;
            if (!screenedOut
                    && trade.quantity().multiply(snapshot.price(trade.security())).compareTo(policy.minTradeValue()) < 0) {
                violations.add("trade below the minimum value: " + trade);
            }
        }
    }

    /** A trader would net a buy and a sale of one security in one account, so the proposal must not hold both. */
    private void checkNoRoundTrip() {
        Set<String> sold = new TreeSet<>();
        for (ProposedTrade trade : proposal.trades()) {
            if (trade.side() == Side.SELL) {
                sold.add(trade.account() + " " + trade.security());
            }
        }
        for (ProposedTrade trade : buys()) {
            if (sold.contains(trade.account() + " " + trade.security())) {
                violations.add("buys and sells " + trade.security() + " in " + trade.account());
            }
        }
    }

    /** What each mode allows beyond the rules every proposal keeps. */
    private void checkMode() {
        for (ProposedTrade trade : proposal.trades()) {
            boolean sale = trade.side() == Side.SELL;
            switch (policy.mode()) {
                case HARVEST_ONLY -> trade.lots().forEach(pick -> {
                    TaxLot lot = lots.get(pick.lot());
                    if (!accounts.get(lot.account()).type().isTaxable()
                            || lot.costBasis().compareTo(lot.quantity().multiply(snapshot.price(lot.security()))) <= 0) {
                        violations.add("harvest only: sells lot " + lot.id() + ", which is not a taxable loss lot");
                    }
                });
                case CASH_RAISE -> {
                    if (!sale || policy.cashAmount(trade.account()).signum() == 0) {
                        violations.add("cash raise: " + trade + " neither a sale nor in an account raising cash");
                    }
                }
                case CASH_INVEST -> {
                    if (sale || policy.cashAmount(trade.account()).signum() == 0) {
                        violations.add("cash invest: " + trade + " neither a buy nor in an account investing");
                    }
                }
                default -> {
                }
            }
        }
        if (policy.mode() == Mode.CASH_INVEST) {
            BigDecimal dearest = snapshot.model().targets().keySet().stream().map(snapshot::price)
                    .max(BigDecimal::compareTo).orElseThrow();
            policy.cashAmounts().forEach((account, amount) -> {
                BigDecimal spent = buys().stream().filter(buy -> buy.account().equals(account))
                        .map(buy -> buy.quantity().multiply(snapshot.price(buy.security())))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal reserve = policy.cashReserve().multiply(snapshot.accountValue(account));
                BigDecimal investable = amount.min(snapshot.cash(account).subtract(reserve).max(BigDecimal.ZERO));
                if (spent.compareTo(amount) > 0) {
                    violations.add("cash invest: " + account + " spends " + spent + ", more than " + amount);
                }
                if (spent.add(dearest).add(policy.minTradeValue()).compareTo(investable) < 0
                        && snapshot.model().targets().keySet().stream().anyMatch(this::buyable)) {
                    violations.add("cash invest: " + account + " spends " + spent + " of " + investable);
                }
            });
        }
    }

    /** Whether a buy of the security is allowed at all today: not restricted, no loss sale of it in the window. */
    private boolean buyable(SecurityId security) {
        LocalDate from = snapshot.tradeDate().minusDays(policy.washSaleDays());
        return !policy.restricted().contains(security) && snapshot.recentTrades().stream().noneMatch(trade ->
                policy.identicalTo(security).contains(trade.security()) && trade.side() == Side.SELL
                        && trade.realizedGain().signum() < 0 && !trade.tradeDate().isBefore(from));
    }

    /** The substitutes of the securities this account sells at a loss in the proposal. */
    private Set<SecurityId> substitutesOfLossSales(AccountId account) {
        Set<SecurityId> substitutes = new TreeSet<>();
        proposal.trades().stream().filter(t -> t.side() == Side.SELL && t.account().equals(account))
                .forEach(t -> substitutes.addAll(policy.substitutesOf(t.security())));
        return substitutes;
    }

    /**
     * Whether some account cannot reach its cash reserve even selling every share it may: all but screened shares the
     * policy holds and loss lots a recent buy of the same security would wash. No proposal exists then.
     */
    static boolean reserveUnreachable(HouseholdSnapshot snapshot, Policy policy) {
        ProposalAudit audit = new ProposalAudit(snapshot, policy, null);
        Set<SecurityId> recentlyBought = audit.recentlyBought();
        for (Account account : snapshot.accounts()) {
            BigDecimal reachable = snapshot.cash(account.id());
            for (TaxLot lot : snapshot.lots()) {
                boolean held = policy.screenedHoldings() == ScreenedHoldings.HOLD && audit.isScreened(lot.security());
                if (lot.account().equals(account.id()) && !held && !audit.isWashBlocked(lot, recentlyBought)) {
                    reachable = reachable.add(snapshot.marketValue(lot));
                }
            }
            if (reachable.compareTo(policy.cashReserve().multiply(snapshot.accountValue(account.id()))) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Screened shares held are sold in full or kept in full, as the policy says; a loss lot bought again (in the
     * household, within the window) may stay, since selling it would be a wash sale.
     */
    private void checkScreenedHoldings() {
        Map<LotId, BigDecimal> sold = new HashMap<>();
        proposal.trades().forEach(trade -> trade.lots().forEach(pick -> sold.merge(pick.lot(), pick.quantity(),
                BigDecimal::add)));
        Set<SecurityId> recentlyBought = recentlyBought();
        for (TaxLot lot : snapshot.lots()) {
            if (!isScreened(lot.security())) {
                continue;
            }
            BigDecimal shares = sold.getOrDefault(lot.id(), BigDecimal.ZERO);
            boolean washBlocked = isWashBlocked(lot, recentlyBought);
            if (policy.screenedHoldings() == ScreenedHoldings.HOLD && shares.signum() != 0) {
                violations.add("sells screened lot " + lot.id() + " the policy holds");
            }
            if (policy.screenedHoldings() == ScreenedHoldings.SELL && !washBlocked
                    && shares.compareTo(lot.quantity()) != 0) {
                violations.add("keeps " + lot.quantity().subtract(shares) + " shares of screened lot " + lot.id());
            }
        }
    }

    private Set<SecurityId> recentlyBought() {
        Set<SecurityId> recentlyBought = new TreeSet<>();
        LocalDate from = snapshot.tradeDate().minusDays(policy.washSaleDays());
        snapshot.recentTrades().stream().filter(trade -> trade.side() == Side.BUY && !trade.tradeDate().isBefore(from))
                .forEach(trade -> recentlyBought.addAll(policy.identicalTo(trade.security())));
        return recentlyBought;
    }

    private boolean isWashBlocked(TaxLot lot, Set<SecurityId> recentlyBought) {
        return accounts.get(lot.account()).type().isTaxable()
                && snapshot.marketValue(lot).compareTo(lot.costBasis()) < 0 && recentlyBought.contains(lot.security());
    }

    private boolean isScreened(SecurityId security) {
        SecurityAttributes attributes = snapshot.attributes(security);
        return policy.screens().stream().anyMatch(screen -> screen.securities().contains(security)
                || attributes.assetClass() != null && screen.assetClasses().contains(attributes.assetClass())
                || attributes.tags().stream().anyMatch(screen.tags()::contains));
    }

    private List<ProposedTrade> buys() {
        return proposal.trades().stream().filter(trade -> trade.side() == Side.BUY).toList();
    }

    private boolean onIncrement(BigDecimal quantity) {
        return quantity.remainder(policy.shareIncrement()).signum() == 0;
    }
}
