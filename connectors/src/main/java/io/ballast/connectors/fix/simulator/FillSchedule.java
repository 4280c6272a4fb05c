package io.ballast.connectors.fix.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Splits an order's quantity into fills: equal parts at the quantity's own precision, the last taking the rest. */
final class FillSchedule {
    private FillSchedule() {
    }

    static List<BigDecimal> split(BigDecimal quantity, int parts) {
        int scale = Math.max(0, quantity.stripTrailingZeros().scale());
        BigDecimal part = quantity.divide(BigDecimal.valueOf(parts), scale, RoundingMode.DOWN);
        if (part.signum() == 0) {
            return List.of(quantity);
        }
        List<BigDecimal> fills = new ArrayList<>();
        for (int i = 1; i < parts; i++) {
            fills.add(part);
        }
        fills.add(quantity.subtract(part.multiply(BigDecimal.valueOf(parts - 1L))));
        return fills;
    }
}
