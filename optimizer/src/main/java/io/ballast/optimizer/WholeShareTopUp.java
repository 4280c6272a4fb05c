package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.LotId;
import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Wins back what rounding down lost. The solver's answer is often degenerate (any split of spare cash between two
 * underweight securities is nearly optimal), and rounding each part down can discard all of it. So, one move at a
 * time, this takes the move that lowers the objective (riskAversion × V × TE² + taxWeight × tax + cost + tickets)
 * the most, until none does. A move is, within one account, a whole-share buy, a whole-share lot sale, or both at
 * once (a swap, which often pays only as a pair; the {@link LocationCost} of where value moves counts too; swaps are tried between the {@value #SWAP_CANDIDATES} best sales
 * and buys of the account on their own, which keeps a 500-security household quick). A move that opens a new trade
 * reaches the minimum trade value; buys keep the account's cash reserve; buys and loss sales obey the solver's
 * rules, the one-proposal wash-sale rule included; sales keep within the gains budget. A trader would net a buy and
 * a sale of one security in one account, so where the account already sells a security the buy leg un-sells a
 * share of its most-taxed lot sold, and where it already buys one the sale leg buys a share less; either way a
 * trade left behind still reaches the minimum or is gone. Every move lowers the objective by at least half a cent;
 * the search stops when none does or after {@value #MAX_MOVES} moves.
 *
 * <p>Moves are priced in doubles, with the risk gradient updated move by move; the move taken is checked in exact
 * arithmetic against the account's reserve and the gains budget first.
 */
final class WholeShareTopUp {
    private static final int SWAP_CANDIDATES = 12;
    /**
     * Each move prices every lot and buy of the household again, ~10 ms for a 1,500-lot direct index: the search
     * stops after this many moves (ETF households need 15–30).
     */
    private static final int MAX_MOVES = 100;
    private static final double LEAST_GAIN = 0.005;
    private static final double CENT = 0.01;
    private static final double CASH_TOLERANCE = 1e-6;
    private static final double SHARE_TOLERANCE = 1e-9;

    private final HouseholdView view;
    private final TradingRules rules;
    private final TaxCost tax;
    private final Policy policy;
    private final MinimumTradeFilter minimum;
    private final RiskTerms risk;
    private final LocationCost location;
    private final double costRate;
    private final double taxWeight;
    private final double ticket;
    private final double value;
    private final double lambdaTimesValue;
    private final Map<SecurityId, BigDecimal> sharesForMinimum = new HashMap<>();
    private final Map<SecurityId, Double> prices = new HashMap<>();
    private final Map<LotId, LotFacts> lotFacts = new HashMap<>();

    /** A lot's numbers as doubles, converted once: BigDecimal.doubleValue is far too slow for the inner loop. */
    private record LotFacts(double quantity, double taxPerShare, double gainPerShare) {
    }

    WholeShareTopUp(HouseholdView view, TradingRules rules, TaxCost tax, Policy policy, MinimumTradeFilter minimum,
            RiskTerms risk, LocationCost location) {
        this.view = view;
        this.rules = rules;
        this.tax = tax;
        this.policy = policy;
        this.minimum = minimum;
        this.risk = risk;
        this.location = location;
        this.costRate = policy.costBps().doubleValue() / 10_000;
        this.taxWeight = policy.taxWeight().doubleValue();
        this.ticket = policy.ticketCost().doubleValue();
        this.value = view.totalValue().doubleValue();
        this.lambdaTimesValue = policy.riskAversion().doubleValue() * value;
        for (TaxLot lot : view.lots()) {
            lotFacts.put(lot.id(), new LotFacts(lot.quantity().doubleValue(), tax.perShare(lot).doubleValue(),
                    view.isTaxable(lot.account()) ? view.gainPerShare(lot).doubleValue() : 0));
        }
    }

    /**
     * Shares of a buy or a lot sale, the value it spends or raises, its tax and cost, the net gain it realises and
     * the tickets it opens (+1) or closes (−1). A buy leg naming a lot un-sells it; a sale leg naming no lot
     * un-buys: their tax, cost and gain are what they save, negative.
     */
    private record Leg(Position position, LotId lot, BigDecimal shares, double value, double taxAndCost,
            double gain, int tickets) {
    }

    private record Move(Leg sale, Leg buy, double change) {
    }

    /** Improves the trades in place; returns how many moves it made. */
    int apply(TradeSet trades) {
        double[] covariance = risk.covarianceWith(risk.activeWeights(view, trades.sharesAfter()));
        Map<AccountId, Double> spare = new TreeMap<>();
        for (AccountId account : view.accountIds()) {
            spare.put(account, trades.cashAfter(account).subtract(rules.reserve(account)).doubleValue());
        }
        double gain = trades.taxableGain().doubleValue();
        int moves = 0;
        for (Move move = bestMove(trades, covariance, spare, gain);
                move != null && moves < MAX_MOVES && keepsEveryRule(trades, move);
                move = bestMove(trades, covariance, spare, gain)) {
            Leg sale = move.sale();
            Leg buy = move.buy();
            if (sale != null) {
                trade(trades, sale, true);
                shift(covariance, sale.position().security(), -sale.value());
                spare.merge(sale.position().account(), sale.value(), Double::sum);
                gain += sale.gain();
            }
            if (buy != null) {
                trade(trades, buy, false);
                shift(covariance, buy.position().security(), buy.value());
                spare.merge(buy.position().account(), -buy.value(), Double::sum);
                gain -= buy.gain();
            }
            moves++;
        }
        return moves;
    }

    /**
     * The move judged exactly: the account keeps its reserve and the proposal its gains budget. Doubles can be a
     * hair off where a swap spends exactly what it raises; the search stops rather than break a rule.
     */
    private boolean keepsEveryRule(TradeSet trades, Move move) {
        TradeSet after = trades.copy();
        if (move.sale() != null) {
            trade(after, move.sale(), true);
        }
        if (move.buy() != null) {
            trade(after, move.buy(), false);
        }
        Position moved = (move.buy() != null ? move.buy() : move.sale()).position();
        return after.cashAfter(moved.account()).compareTo(rules.reserve(moved.account())) >= 0
                && (rules.withinGainsBudget(after.taxableGain())
                        || after.taxableGain().compareTo(trades.taxableGain()) <= 0);
    }

    private static void trade(TradeSet trades, Leg leg, boolean raisesCash) {
        BigDecimal sign = raisesCash ? BigDecimal.ONE : BigDecimal.ONE.negate();
        if (leg.lot() != null) {
            trades.sell(leg.lot(), trades.sold(leg.lot()).add(sign.multiply(leg.shares())));
        } else {
            trades.buy(leg.position(), trades.buys().getOrDefault(leg.position(), BigDecimal.ZERO)
                    .subtract(sign.multiply(leg.shares())));
        }
    }

    /** Σ a after the value held of one security changes by {@code dollars}. */
    private void shift(double[] covariance, SecurityId security, double dollars) {
        int moved = risk.index(security);
        double weight = dollars / value;
        for (int s = 0; s < covariance.length; s++) {
            covariance[s] += weight * risk.covariance(s, moved);
        }
    }

    private Move bestMove(TradeSet trades, double[] covariance, Map<AccountId, Double> spareCash, double gain) {
        Proposed proposed = new Proposed(trades);
        Move best = null;
        for (AccountId account : view.accountIds()) {
            double spare = spareCash.get(account) + CASH_TOLERANCE;
            List<Move> sales = new ArrayList<>();
            for (Leg sale : sales(proposed, account)) {
                if (sale.gain() <= 0 || withinBudget(gain + sale.gain())) {
                    sales.add(new Move(sale, null, riskChange(covariance, sale, null) + sale.taxAndCost()
                            + ticket * sale.tickets()));
                }
            }
            List<Move> buys = new ArrayList<>();
            for (Leg buy : buys(proposed, account)) {
                if (buy.gain() >= 0 || withinBudget(gain - buy.gain())) {
                    buys.add(new Move(null, buy, riskChange(covariance, null, buy) + buy.taxAndCost()
                            + ticket * buy.tickets()));
                }
            }
            for (Move sale : sales) {
                best = better(best, sale);
            }
            for (Move buy : buys) {
                if (buy.buy().value() <= spare) {
                    best = better(best, buy);
                }
            }
            List<Move> swapBuys = bestFirst(buys);
            for (Move sale : bestFirst(sales)) {
                Leg s = sale.sale();
                for (Move buy : swapBuys) {
                    Leg b = buy.buy();
                    if (!b.position().security().equals(s.position().security()) && b.value() <= spare + s.value()
                            && withinBudget(gain + s.gain() - b.gain())) {
                        best = better(best, new Move(s, b, riskChange(covariance, s, b) + s.taxAndCost()
                                + b.taxAndCost() + ticket * (s.tickets() + b.tickets())));
                    }
                }
            }
        }
        return best;
    }

    private boolean withinBudget(double gain) {
        return rules.gainsBudget().map(budget -> gain <= budget.doubleValue() + CENT).orElse(true);
    }

    private static List<Move> bestFirst(List<Move> moves) {
        return moves.stream().sorted(Comparator.comparingDouble(Move::change)).limit(SWAP_CANDIDATES).toList();
    }

    /** The change in riskAversion × V × TE² when a move shifts the value held of one or two securities. */
    private double riskChange(double[] covariance, Leg sale, Leg buy) {
        int s = sale == null ? -1 : risk.index(sale.position().security());
        int b = buy == null ? -1 : risk.index(buy.position().security());
        double ws = sale == null ? 0 : -sale.value() / value;
        double wb = buy == null ? 0 : buy.value() / value;
        double change = 0;
        if (s >= 0) {
            change += risk.varianceChange(covariance, s, ws);
        }
        if (b >= 0) {
            change += risk.varianceChange(covariance, b, wb);
        }
        if (s >= 0 && b >= 0) {
            change += 2 * ws * wb * risk.covariance(s, b);
        }
        return lambdaTimesValue * change;
    }

    /** What the trades so far sell and buy, gathered once per move. */
    private final class Proposed {
        private final Map<Position, BigDecimal> sold;
        private final Map<Position, TaxLot> mostTaxedSold = new HashMap<>();
        private final Set<SecurityId> lossSoldGroups = new HashSet<>();
        private final Set<SecurityId> boughtGroups = new HashSet<>();
        private final Map<Position, BigDecimal> bought;
        private final Map<LotId, BigDecimal> soldLots;

        Proposed(TradeSet trades) {
            sold = trades.salesByPosition();
            soldLots = trades.sales();
            bought = trades.buys();
            Comparator<TaxLot> mostTaxed = Comparator.comparing(tax::perShare)
                    .thenComparing(TaxLot::id, Comparator.reverseOrder());
            for (LotId id : trades.sales().keySet()) {
                TaxLot lot = view.lot(id);
                mostTaxedSold.merge(new Position(lot.account(), lot.security()), lot,
                        (a, b) -> mostTaxed.compare(a, b) >= 0 ? a : b);
                if (view.isLossLot(lot)) {
                    lossSoldGroups.add(rules.washGroup(lot.security()));
                }
            }
            bought.keySet().forEach(position -> boughtGroups.add(rules.washGroup(position.security())));
        }
    }

    private List<Leg> buys(Proposed proposed, AccountId account) {
        List<Leg> buys = new ArrayList<>();
        for (SecurityId security : view.securities()) {
            Position position = new Position(account, security);
            BigDecimal positionSold = proposed.sold.get(position);
            if (positionSold != null) {
                Leg unsell = unsell(proposed, proposed.mostTaxedSold.get(position), positionSold);
                if (unsell != null) {
                    buys.add(unsell);
                }
            } else if (rules.canBuyIn(account, security) && !proposed.lossSoldGroups.contains(rules.washGroup(security))) {
                BigDecimal bought = proposed.bought.get(position);
                BigDecimal shares = sharesToMove(bought, security);
                double dollars = shares.doubleValue() * price(security);
                buys.add(new Leg(position, null, shares, dollars,
                        (costRate + location.perDollar(account, security)) * dollars, 0, bought == null ? 1 : 0));
            }
        }
        return buys;
    }

    private List<Leg> sales(Proposed proposed, AccountId account) {
        List<Leg> sales = new ArrayList<>();
        for (TaxLot lot : view.lots(account)) {
            Position position = new Position(account, lot.security());
            BigDecimal positionSold = proposed.sold.get(position);
            BigDecimal shares = sharesToMove(positionSold, lot.security());
            LotFacts facts = lotFacts.get(lot.id());
            BigDecimal lotSold = proposed.soldLots.get(lot.id());
            double room = facts.quantity() - (lotSold == null ? 0 : lotSold.doubleValue());
            if (rules.canSell(lot) && !(view.isLossLot(lot)
                    && proposed.boughtGroups.contains(rules.washGroup(lot.security())))
                    && !proposed.bought.containsKey(position) && shares.doubleValue() <= room + SHARE_TOLERANCE) {
                double count = shares.doubleValue();
                double dollars = count * price(lot.security());
                sales.add(new Leg(position, lot.id(), shares, dollars, taxWeight * count * facts.taxPerShare()
                        + (costRate - location.perDollar(account, lot.security())) * dollars, count * facts.gainPerShare(),
                        positionSold == null ? 1 : 0));
            }
        }
        proposed.bought.forEach((position, bought) -> {
            if (position.account().equals(account)) {
                boolean whole = minimum.isBelowMinimum(position, bought.subtract(BigDecimal.ONE));
                BigDecimal shares = whole ? bought : BigDecimal.ONE;
                double dollars = shares.doubleValue() * price(position.security());
                sales.add(new Leg(position, null, shares, dollars,
                        -(costRate + location.perDollar(account, position.security())) * dollars, 0, whole ? -1 : 0));
            }
        });
        return sales;
    }

    /**
     * A share less sold of the position's most-taxed lot sold (the whole rest of a lot sold whole with a fraction),
     * unless that leaves the position's sale below the minimum or the lot is one a screen forces out; null then.
     */
    private Leg unsell(Proposed proposed, TaxLot lot, BigDecimal positionSold) {
        Position position = new Position(lot.account(), lot.security());
        if (rules.isForcedSale(lot.id())) {
            return null;
        }
        BigDecimal sold = proposed.soldLots.get(lot.id());
        BigDecimal shares = sold.subtract(rules.increment().floor(sold.subtract(BigDecimal.ONE)));
        BigDecimal left = positionSold.subtract(shares);
        if (left.signum() > 0 && minimum.isBelowMinimum(position, left)) {
            return null;
        }
        double count = shares.doubleValue();
        double dollars = count * price(lot.security());
        LotFacts facts = lotFacts.get(lot.id());
        double saved = taxWeight * count * facts.taxPerShare()
                + (costRate - location.perDollar(lot.account(), lot.security())) * dollars;
        return new Leg(position, lot.id(), shares, dollars, -saved, count * facts.gainPerShare(),
                left.signum() == 0 ? -1 : 0);
    }

    private double price(SecurityId security) {
        return prices.computeIfAbsent(security, s -> view.price(s).doubleValue());
    }

    /** One share for a trade already proposed; enough shares to reach the minimum for a new one. */
    private BigDecimal sharesToMove(BigDecimal alreadyTraded, SecurityId security) {
        if (alreadyTraded != null) {
            return BigDecimal.ONE;
        }
        return sharesForMinimum.computeIfAbsent(security, s -> rules.increment()
                .worthAtLeast(minimum.minimum(), view.price(s)).max(BigDecimal.ONE));
    }

    private static Move better(Move best, Move candidate) {
        if (candidate.change() > -LEAST_GAIN) {
            return best;
        }
        return best == null || candidate.change() < best.change() ? candidate : best;
    }
}
