package io.ballast.agent.optimize;

import com.fasterxml.jackson.core.JsonPointer;
import io.ballast.agent.optimize.SnapshotFile.AccountEntry;
import io.ballast.agent.optimize.SnapshotFile.LotEntry;
import io.ballast.agent.optimize.SnapshotFile.RecentTradeEntry;
import io.ballast.agent.optimize.SnapshotFile.SecurityEntry;
import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import io.ballast.domain.Price;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.Require;
import io.ballast.domain.RiskModel;
import io.ballast.domain.SecurityAttributes;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.Sleeve;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a snapshot file into the domain's {@link HouseholdSnapshot}; the domain's own checks apply. */
final class SnapshotBinding {
    /** Accounts read from a what-if file have no custodian unless the file names one. */
    static final String DEFAULT_CUSTODIAN = "file";

    private static final JsonPointer ROOT = JsonPointer.empty();

    private final JsonFile json;
    private final HouseholdId household;
    private final Set<LotId> lotIds = new HashSet<>();

    private SnapshotBinding(JsonFile json, HouseholdId household) {
        this.json = json;
        this.household = household;
    }

    static HouseholdSnapshot read(Path file) throws InputException {
        JsonFile.Bound<SnapshotFile> bound = JsonFile.read(file, SnapshotFile.class);
        SnapshotFile snapshot = bound.value();
        JsonFile json = bound.file();
        if (snapshot == null) {
            throw json.refuse(ROOT, "the file holds no snapshot");
        }
        String id = json.required(snapshot.household(), ROOT.appendProperty("household"));
        HouseholdId household = json.at(ROOT.appendProperty("household"), () -> HouseholdId.of(id));
        return new SnapshotBinding(json, household).snapshot(snapshot);
    }

    private HouseholdSnapshot snapshot(SnapshotFile file) throws InputException {
        LocalDate tradeDate = json.required(file.tradeDate(), ROOT.appendProperty("tradeDate"));
        Model model = model(json.required(file.model(), ROOT.appendProperty("model")));
        List<AccountEntry> accountEntries = json.required(file.accounts(), ROOT.appendProperty("accounts"));
        List<Account> accounts = new ArrayList<>();
        List<TaxLot> lots = new ArrayList<>();
        Map<AccountId, BigDecimal> cash = new HashMap<>();
        for (int i = 0; i < accountEntries.size(); i++) {
            JsonPointer at = ROOT.appendProperty("accounts").appendIndex(i);
            Account account = account(json.required(accountEntries.get(i), at), at);
            if (cash.containsKey(account.id())) {
                throw json.refuse(at, "account " + account.id() + " is given twice");
            }
            accounts.add(account);
            cash.put(account.id(), json.required(accountEntries.get(i).cash(), at.appendProperty("cash")));
            lots.addAll(lots(account.id(), accountEntries.get(i), at));
        }
        Map<SecurityId, BigDecimal> prices = prices(json.required(file.prices(), ROOT.appendProperty("prices")),
                tradeDate);
        List<RecentTrade> recentTrades = recentTrades(file.recentTrades() == null ? List.of() : file.recentTrades());
        RiskModel risk = file.riskModel() == null ? RiskModel.uncorrelated()
                : RiskModelBinding.bind(json, ROOT.appendProperty("riskModel"), file.riskModel());
        Map<SecurityId, SecurityAttributes> securities = securities(file.securities() == null ? Map.of()
                : file.securities());
        // The snapshot's own checks (a price for every lot and target) concern the prices the file gives.
        return json.at(ROOT.appendProperty("prices"), () -> new HouseholdSnapshot(household, tradeDate, accounts,
                lots, cash, prices, model, recentTrades, risk, securities));
    }

    private Map<SecurityId, SecurityAttributes> securities(Map<String, SecurityEntry> entries) throws InputException {
        Map<SecurityId, SecurityAttributes> securities = new HashMap<>();
        for (var entry : entries.entrySet()) {
            JsonPointer at = ROOT.appendProperty("securities").appendProperty(entry.getKey());
            SecurityEntry security = json.required(entry.getValue(), at);
            List<String> tags = security.tags() == null ? List.of() : security.tags();
            securities.put(json.at(at, () -> SecurityId.of(entry.getKey())),
                    json.at(at, () -> new SecurityAttributes(security.assetClass(), Set.copyOf(tags))));
        }
        return securities;
    }

    private Model model(SnapshotFile.ModelEntry entry) throws InputException {
        JsonPointer at = ROOT.appendProperty("model");
        String id = json.required(entry.id(), at.appendProperty("id"));
        if (entry.sleeves() != null) {
            if (entry.targets() != null) {
                throw json.refuse(at, "give the model's targets or its sleeves, not both");
            }
            return json.at(at.appendProperty("sleeves"), () -> Model.ofSleeves(ModelId.of(id), sleeves(entry)));
        }
        Map<String, BigDecimal> targets = json.required(entry.targets(), at.appendProperty("targets"));
        Map<SecurityId, BigDecimal> weights = new LinkedHashMap<>();
        for (var target : targets.entrySet()) {
            JsonPointer weightAt = at.appendProperty("targets").appendProperty(target.getKey());
            weights.put(json.at(weightAt, () -> SecurityId.of(target.getKey())),
                    json.required(target.getValue(), weightAt));
        }
        return json.at(at, () -> new Model(ModelId.of(id), weights));
    }

    private List<Sleeve> sleeves(SnapshotFile.ModelEntry entry) {
        return entry.sleeves().stream().map(sleeve -> {
            Map<SecurityId, BigDecimal> members = new LinkedHashMap<>();
            Require.present(sleeve.securities(), "securities of sleeve " + sleeve.name())
                    .forEach((security, weight) -> members.put(SecurityId.of(security), weight));
            return new Sleeve(sleeve.name(), sleeve.weight(), members);
        }).toList();
    }

    private Account account(AccountEntry entry, JsonPointer at) throws InputException {
        String id = json.required(entry.id(), at.appendProperty("id"));
        json.required(entry.type(), at.appendProperty("type"));
        String custodian = entry.custodian() == null ? DEFAULT_CUSTODIAN : entry.custodian();
        return json.at(at, () -> new Account(AccountId.of(id), household, entry.type(), custodian));
    }

    private List<TaxLot> lots(AccountId account, AccountEntry entry, JsonPointer accountAt) throws InputException {
        List<LotEntry> entries = json.required(entry.lots(), accountAt.appendProperty("lots"));
        List<TaxLot> lots = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonPointer at = accountAt.appendProperty("lots").appendIndex(i);
            LotEntry lot = json.required(entries.get(i), at);
            String id = json.required(lot.id(), at.appendProperty("id"));
            String security = json.required(lot.security(), at.appendProperty("security"));
            BigDecimal quantity = json.required(lot.quantity(), at.appendProperty("quantity"));
            BigDecimal costBasis = json.required(lot.costBasis(), at.appendProperty("costBasis"));
            LocalDate acquired = json.required(lot.acquired(), at.appendProperty("acquired"));
            TaxLot taxLot = json.at(at, () -> new TaxLot(LotId.of(id), account, SecurityId.of(security), quantity,
                    costBasis, acquired));
            // Sales name the lots they relieve, so a lot id must say which lot.
            if (!lotIds.add(taxLot.id())) {
                throw json.refuse(at.appendProperty("id"), "lot " + taxLot.id() + " is given twice");
            }
            lots.add(taxLot);
        }
        return lots;
    }

    private Map<SecurityId, BigDecimal> prices(Map<String, BigDecimal> entries, LocalDate tradeDate)
            throws InputException {
        Map<SecurityId, BigDecimal> prices = new HashMap<>();
        for (var entry : entries.entrySet()) {
            JsonPointer at = ROOT.appendProperty("prices").appendProperty(entry.getKey());
            BigDecimal value = json.required(entry.getValue(), at);
            Price price = json.at(at, () -> new Price(SecurityId.of(entry.getKey()), value, tradeDate));
            prices.put(price.security(), price.price());
        }
        return prices;
    }

    private List<RecentTrade> recentTrades(List<RecentTradeEntry> entries) throws InputException {
        List<RecentTrade> trades = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonPointer at = ROOT.appendProperty("recentTrades").appendIndex(i);
            RecentTradeEntry trade = json.required(entries.get(i), at);
            String account = json.required(trade.account(), at.appendProperty("account"));
            String security = json.required(trade.security(), at.appendProperty("security"));
            Side side = json.required(trade.side(), at.appendProperty("side"));
            LocalDate tradeDate = json.required(trade.tradeDate(), at.appendProperty("tradeDate"));
            BigDecimal quantity = json.required(trade.quantity(), at.appendProperty("quantity"));
            // Required even though a buy's is zero: a sale's missing gain would hide a loss from the wash-sale rule.
            BigDecimal realizedGain = json.required(trade.realizedGain(), at.appendProperty("realizedGain"));
            trades.add(json.at(at, () -> new RecentTrade(AccountId.of(account), SecurityId.of(security), side,
                    tradeDate, quantity, realizedGain)));
        }
        return trades;
    }
}
