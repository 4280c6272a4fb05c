package io.ballast.agent.optimize;

import io.ballast.domain.Account;
import io.ballast.domain.Explanation;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A proposal as a table for people: each account's trades, then why. */
final class ProposalTable {
    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);
    private static final String ROW = "  %-4s %10s  %-8s %14s";

    private ProposalTable() {
    }

    static String render(HouseholdSnapshot snapshot, Proposal proposal) {
        StringBuilder out = new StringBuilder();
        out.append("Household ").append(proposal.household()).append(", trade date ").append(proposal.tradeDate())
                .append(": ").append(proposal.trades().size()).append(proposal.trades().size() == 1 ? " trade" : " trades")
                .append('\n');
        for (Account account : snapshot.accounts()) {
            List<ProposedTrade> trades = proposal.trades().stream()
                    .filter(trade -> trade.account().equals(account.id())).toList();
            out.append('\n').append(account.id()).append(" (").append(account.type()).append(")\n");
            if (trades.isEmpty()) {
                out.append("  no trades\n");
            } else {
                out.append(String.format(Locale.US, ROW, "side", "quantity", "security", "value")).append("   lots sold")
                        .append('\n');
            }
            for (ProposedTrade trade : trades) {
                out.append(row(snapshot, trade)).append('\n');
            }
        }
        explanation(proposal.explanation(), out);
        return out.toString();
    }

    private static String row(HouseholdSnapshot snapshot, ProposedTrade trade) {
        BigDecimal value = trade.quantity().multiply(snapshot.price(trade.security()));
        String row = String.format(Locale.US, ROW, trade.side(), trade.quantity().toPlainString(), trade.security(),
                money(value));
        if (trade.side() == Side.SELL) {
            row += "   " + trade.lots().stream().map(pick -> pick.lot() + " × " + pick.quantity().toPlainString())
                    .collect(Collectors.joining(", "));
        }
        return row;
    }

    private static void explanation(Explanation explanation, StringBuilder out) {
        out.append('\n')
                .append("Drift           ").append(percent(explanation.driftBefore())).append(" → ")
                .append(percent(explanation.driftAfter())).append('\n')
                .append("Tracking error  ").append(percent(explanation.trackingErrorBefore())).append(" → ")
                .append(percent(explanation.trackingErrorAfter())).append(" a year\n")
                .append("Realised gains  short-term ").append(money(explanation.realizedShortTerm()))
                .append(", long-term ").append(money(explanation.realizedLongTerm())).append('\n')
                .append("Estimated tax   ").append(money(explanation.estimatedTax())).append('\n')
                .append("Losses harvested ").append(money(explanation.lossesHarvested()))
                .append(", gains deferred against a naive full rebalance ").append(money(explanation.gainsDeferred()))
                .append('\n');
        if (!explanation.notes().isEmpty()) {
            out.append("Notes\n");
            explanation.notes().forEach(note -> out.append("  - ").append(note).append('\n'));
        }
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.US, "%,.2f", amount);
    }

    private static String percent(BigDecimal fraction) {
        return fraction.multiply(PERCENT).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
