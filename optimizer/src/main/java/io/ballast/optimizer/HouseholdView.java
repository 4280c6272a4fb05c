package io.ballast.optimizer;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.Decimals;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.Model;
import io.ballast.domain.RiskModel;
import io.ballast.domain.SecurityAttributes;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A snapshot indexed for the optimizer, in sorted order throughout so that the model it builds, and hence the
 * solver's answer, does not depend on the order of the snapshot's lists.
 *
 * <p>It also holds the household's targets in dollars, the one place they are defined: the model's weights apply to
 * the investable part of the household, so security s targets weight_s × (1 − cashReserve) × V, and cash targets
 * cashReserve × V (V the household's total value). Every account must keep its reserve in cash, so a target of zero
 * for cash would put the model out of reach.
 */
final class HouseholdView {
    private final HouseholdSnapshot snapshot;
    private final SortedMap<AccountId, Account> accounts = new TreeMap<>();
    private final SortedMap<LotId, TaxLot> lots = new TreeMap<>();
    private final SortedMap<AccountId, List<TaxLot>> lotsByAccount = new TreeMap<>();
    private final SortedSet<SecurityId> securities = new TreeSet<>();
    private final SortedMap<AccountId, BigDecimal> accountValues = new TreeMap<>();
    private final Map<LotId, BigDecimal> gainsPerShare = new HashMap<>();
    private final Map<SecurityId, BigDecimal> sharesBySecurity = new TreeMap<>();
    private final BigDecimal totalValue;
    private final BigDecimal cashReserve;

    /** @param cashReserve the policy's fraction of value kept in cash, which sets the cash target */
    HouseholdView(HouseholdSnapshot snapshot, BigDecimal cashReserve) {
        this(snapshot, cashReserve, Set.of());
    }

    /**
     * @param cashReserve the policy's fraction of value kept in cash, which sets the cash target
     * @param tradable    securities outside the model and the holdings that may be bought (substitutes); those the
     *                    snapshot prices join the household's securities
     */
    HouseholdView(HouseholdSnapshot snapshot, BigDecimal cashReserve, Set<SecurityId> tradable) {
        this.snapshot = snapshot;
        this.cashReserve = cashReserve;
        for (Account account : snapshot.accounts()) {
            accounts.put(account.id(), account);
            lotsByAccount.put(account.id(), new ArrayList<>());
        }
        for (TaxLot lot : snapshot.lots()) {
            lots.put(lot.id(), lot);
            securities.add(lot.security());
        }
        for (TaxLot lot : lots.values()) {
            lotsByAccount.get(lot.account()).add(lot);
            gainsPerShare.put(lot.id(), price(lot.security()).subtract(lot.basisPerShare(), Decimals.PRICE));
            sharesBySecurity.merge(lot.security(), lot.quantity(), BigDecimal::add);
        }
        securities.addAll(snapshot.model().targets().keySet());
        tradable.stream().filter(snapshot.prices()::containsKey).forEach(securities::add);
        for (AccountId account : accounts.keySet()) {
            accountValues.put(account, snapshot.accountValue(account));
        }
        totalValue = snapshot.totalValue();
    }

    HouseholdId household() {
        return snapshot.household();
    }

    LocalDate tradeDate() {
        return snapshot.tradeDate();
    }

    SortedSet<AccountId> accountIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(accounts.keySet()));
    }

    boolean isTaxable(AccountId account) {
        return accounts.get(account).type().isTaxable();
    }

    /** Accounts outside the snapshot (closed since a recent trade) count as taxable: the cautious reading. */
    boolean isKnownTaxExempt(AccountId account) {
        Account known = accounts.get(account);
        return known != null && !known.type().isTaxable();
    }

    Collection<TaxLot> lots() {
        return Collections.unmodifiableCollection(lots.values());
    }

    List<TaxLot> lots(AccountId account) {
        return Collections.unmodifiableList(lotsByAccount.get(account));
    }

    TaxLot lot(LotId id) {
        return lots.get(id);
    }

    /** Every security in the model or held anywhere in the household. */
    SortedSet<SecurityId> securities() {
        return Collections.unmodifiableSortedSet(securities);
    }

    Model model() {
        return snapshot.model();
    }

    boolean inModel(SecurityId security) {
        return snapshot.model().targets().containsKey(security);
    }

    /** Target value of a security in dollars: its model weight × (1 − cashReserve) × household value. */
    BigDecimal targetValue(SecurityId security) {
        return snapshot.model().weight(security).multiply(BigDecimal.ONE.subtract(cashReserve)).multiply(totalValue);
    }

    /** Target cash in dollars, summed over the accounts: cashReserve × household value. */
    BigDecimal cashTarget() {
        return cashReserve.multiply(totalValue);
    }

    /** What the security master says of the security (asset class, tags); nothing known by default. */
    SecurityAttributes attributes(SecurityId security) {
        return snapshot.attributes(security);
    }

    RiskModel riskModel() {
        return snapshot.riskModel();
    }

    BigDecimal price(SecurityId security) {
        return snapshot.price(security);
    }

    BigDecimal cash(AccountId account) {
        return snapshot.cash(account);
    }

    BigDecimal accountValue(AccountId account) {
        return accountValues.get(account);
    }

    BigDecimal totalValue() {
        return totalValue;
    }

    /** Shares held per security across all accounts, before any trade. */
    Map<SecurityId, BigDecimal> sharesBySecurity() {
        return Collections.unmodifiableMap(sharesBySecurity);
    }

    BigDecimal totalCash() {
        return accounts.keySet().stream().map(this::cash).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Gain per share if the lot is sold at today's price; negative for a loss. */
    BigDecimal gainPerShare(TaxLot lot) {
        return gainsPerShare.get(lot.id());
    }

    /** A lot whose sale would realise a loss: below its basis, in a taxable account (only those can be washed). */
    boolean isLossLot(TaxLot lot) {
        return isTaxable(lot.account()) && gainPerShare(lot).signum() < 0;
    }
}
