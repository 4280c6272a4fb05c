package io.ballast.agent.demo;

import io.ballast.domain.Decimals;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The demo custodian's book on the evening before the trade date, generated from a seed: households with a
 * taxable account, a traditional IRA and (every other household) a Roth, drifted away from their models, with
 * lots that carry unrealised losses, short-term gains and long-term gains, and one screened stock.
 */
public final class DemoBook {
    public static final String CUSTODIAN = "demo-custodian";

    private record Listing(String symbol, String cusip, String name, String assetClass, String price) {
    }

    private static final List<Listing> LISTINGS = List.of(
            new Listing("VTI", "922908769", "Vanguard Total Stock Market ETF", "US equity", "287.40"),
            new Listing("VXUS", "921909768", "Vanguard Total International Stock ETF", "International equity",
                    "66.15"),
            new Listing("BND", "921937835", "Vanguard Total Bond Market ETF", "US bonds", "72.85"),
            new Listing("BNDX", "92203J407", "Vanguard Total International Bond ETF", "International bonds",
                    "49.30"),
            new Listing("VNQ", "922908553", "Vanguard Real Estate ETF", "Real estate", "91.20"),
            new Listing("GLD", "78463V107", "SPDR Gold Shares", "Commodities", "242.10"),
            new Listing("XOM", "30231G102", "Exxon Mobil Corp", "US equity", "114.60"));

    private DemoBook() {
    }

    public static CustodianSnapshot generate(int households, long seed, LocalDate asOf) {
        Random random = new Random(seed);
        List<Account> accounts = new ArrayList<>();
        List<TaxLot> lots = new ArrayList<>();
        List<CashBalance> cash = new ArrayList<>();
        for (int h = 1; h <= households; h++) {
            HouseholdId household = HouseholdId.of(String.format("HH-%04d", h));
            List<AccountType> types = h % 2 == 0
                    ? List.of(AccountType.TAXABLE, AccountType.TRADITIONAL_IRA, AccountType.ROTH_IRA)
                    : List.of(AccountType.TAXABLE, AccountType.TRADITIONAL_IRA);
            for (AccountType type : types) {
                AccountId id = AccountId.of(String.format("%04d-%s", 1000 + h, suffix(type)));
                accounts.add(new Account(id, household, type, CUSTODIAN));
                BigDecimal invested = addLots(random, id, type, asOf, lots);
                BigDecimal cashShare = BigDecimal.valueOf(1 + random.nextInt(6)).movePointLeft(2);
                cash.add(new CashBalance(id, Decimals.money(invested.multiply(cashShare))));
            }
        }
        List<Security> securities = LISTINGS.stream()
                .map(l -> new Security(SecurityId.of(l.symbol()), l.cusip(), l.name(), l.assetClass())).toList();
        List<Price> prices = LISTINGS.stream()
                .map(l -> new Price(SecurityId.of(l.symbol()), new BigDecimal(l.price()), asOf)).toList();
        return new CustodianSnapshot(CUSTODIAN, asOf, accounts, securities, lots, cash, prices);
    }

    /** A book's closing prices by symbol, which the demo FIX counterparty fills around. */
    public static Map<String, BigDecimal> closingPrices(CustodianSnapshot book) {
        return book.prices().stream().collect(Collectors.toMap(p -> p.security().value(), Price::price));
    }

    /** Adds three to five positions of one to three lots each; returns their market value. */
    private static BigDecimal addLots(Random random, AccountId account, AccountType type, LocalDate asOf,
            List<TaxLot> lots) {
        List<Listing> held = new ArrayList<>(LISTINGS.subList(0, LISTINGS.size() - 1));
        if (type == AccountType.TAXABLE) {
            held.add(LISTINGS.get(LISTINGS.size() - 1));
        }
        java.util.Collections.shuffle(held, random);
        BigDecimal value = BigDecimal.ZERO;
        int positions = 3 + random.nextInt(3);
        for (Listing listing : held.subList(0, Math.min(positions, held.size()))) {
            BigDecimal price = new BigDecimal(listing.price());
            int lotCount = 1 + random.nextInt(3);
            for (int l = 1; l <= lotCount; l++) {
                BigDecimal quantity = BigDecimal.valueOf(20 + random.nextInt(400));
                // Basis from 30% below to 40% above today's price: some lots are at a loss, some at a gain.
                BigDecimal basisPerShare = price.multiply(BigDecimal.valueOf(70 + random.nextInt(71)))
                        .movePointLeft(2);
                LocalDate acquired = asOf.minusDays(40 + random.nextInt(1100));
                lots.add(new TaxLot(LotId.of(account + "-" + listing.symbol() + "-" + l), account,
                        SecurityId.of(listing.symbol()), quantity,
                        Decimals.money(quantity.multiply(basisPerShare)), acquired));
                value = value.add(quantity.multiply(price));
            }
        }
        return value;
    }

    private static String suffix(AccountType type) {
        return switch (type) {
            case TAXABLE -> "TAX";
            case TRADITIONAL_IRA -> "IRA";
            case ROTH_IRA -> "ROTH";
            case TAX_EXEMPT -> "EXM";
        };
    }
}
