package io.ballast.agent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "replace", mixinStandardHelpOptions = true,
        description = "Asks the counterparty, through the running agent, for a new quantity and/or limit price of a"
                + " working order. The quantity stays above what has filled and at most what the accounts asked for.")
final class ReplaceOrderCommand extends OrderActionCommand {
    @Option(names = "--quantity", paramLabel = "SHARES", description = "the order's new total quantity")
    private BigDecimal quantity;

    @Option(names = "--limit", paramLabel = "PRICE", description = "the new limit price")
    private BigDecimal limit;

    @Override
    protected String path(String encodedOrder) {
        if (quantity == null && limit == null) {
            throw new IllegalArgumentException("a replace needs --quantity and/or --limit");
        }
        List<String> terms = new ArrayList<>();
        if (quantity != null) {
            terms.add("quantity=" + quantity.toPlainString());
        }
        if (limit != null) {
            terms.add("limit=" + limit.toPlainString());
        }
        return "/orders/" + encodedOrder + "/replace?" + String.join("&", terms);
    }
}
