package io.ballast.optimizer;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.RiskModel;
import io.ballast.domain.SecurityAttributes;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.Sleeve;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds household snapshots for tests, one account, lot or price at a time. */
final class HouseholdFixture {
    static final HouseholdId HOUSEHOLD = HouseholdId.of("H1");

    private final LocalDate tradeDate;
    private final List<Account> accounts = new ArrayList<>();
    private final List<TaxLot> lots = new ArrayList<>();
    private final Map<AccountId, BigDecimal> cash = new LinkedHashMap<>();
    private final Map<SecurityId, BigDecimal> prices = new LinkedHashMap<>();
    private final Map<SecurityId, BigDecimal> targets = new LinkedHashMap<>();
    private final List<RecentTrade> recentTrades = new ArrayList<>();
    private final Map<SecurityId, SecurityAttributes> attributes = new LinkedHashMap<>();
    private final List<Sleeve> sleeves = new ArrayList<>();
    private RiskModel riskModel = RiskModel.uncorrelated();

    private HouseholdFixture(LocalDate tradeDate) {
        this.tradeDate = tradeDate;
    }

    static HouseholdFixture on(LocalDate tradeDate) {
        return new HouseholdFixture(tradeDate);
    }

    HouseholdFixture account(String id, AccountType type, String cashAmount) {
        accounts.add(new Account(AccountId.of(id), HOUSEHOLD, type, "CUST"));
        cash.put(AccountId.of(id), new BigDecimal(cashAmount));
        return this;
    }

    HouseholdFixture price(String security, String price) {
        prices.put(SecurityId.of(security), new BigDecimal(price));
        return this;
    }

    HouseholdFixture target(String security, String weight) {
        targets.put(SecurityId.of(security), new BigDecimal(weight));
        return this;
    }

    /** What the security master says of a security: its asset class (null for none) and tags. */
    HouseholdFixture attributes(String security, String assetClass, String... tags) {
        attributes.put(SecurityId.of(security), new SecurityAttributes(assetClass, Set.of(tags)));
        return this;
    }

    /** A sleeve of the model, members given as security, relative weight, security, relative weight, .... */
    HouseholdFixture sleeve(String name, String weight, String... members) {
        Map<SecurityId, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            weights.put(SecurityId.of(members[i]), new BigDecimal(members[i + 1]));
        }
        sleeves.add(new Sleeve(name, new BigDecimal(weight), weights));
        return this;
    }

    HouseholdFixture riskModel(RiskModel model) {
        this.riskModel = model;
        return this;
    }

    HouseholdFixture lot(String id, String account, String security, String quantity, String basisPerShare,
            LocalDate acquired) {
        BigDecimal shares = new BigDecimal(quantity);
        lots.add(new TaxLot(LotId.of(id), AccountId.of(account), SecurityId.of(security), shares,
                shares.multiply(new BigDecimal(basisPerShare)), acquired));
        return this;
    }

    HouseholdFixture recent(String account, String security, Side side, LocalDate date, String quantity,
            String realizedGain) {
        recentTrades.add(new RecentTrade(AccountId.of(account), SecurityId.of(security), side, date,
                new BigDecimal(quantity), new BigDecimal(realizedGain)));
        return this;
    }

    HouseholdSnapshot snapshot() {
        Model model = sleeves.isEmpty() ? new Model(ModelId.of("M1"), targets)
                : Model.ofSleeves(ModelId.of("M1"), sleeves);
        return new HouseholdSnapshot(HOUSEHOLD, tradeDate, accounts, lots, cash, prices, model, recentTrades,
                riskModel, attributes);
    }
}
