package io.ballast.connectors.fix.simulator;

import java.math.BigDecimal;

/** One execution the simulator means to report for an order: a fill, or a bust or correction of the fill before. */
record PlannedExecution(SimulatorMessages.Event event, BigDecimal quantity, BigDecimal price) {
    static PlannedExecution fill(BigDecimal quantity, BigDecimal price) {
        return new PlannedExecution(SimulatorMessages.Event.FILL, quantity, price);
    }

    static PlannedExecution bust() {
        return new PlannedExecution(SimulatorMessages.Event.TRADE_CANCEL, null, null);
    }

    static PlannedExecution correct(BigDecimal price) {
        return new PlannedExecution(SimulatorMessages.Event.TRADE_CORRECT, null, price);
    }
}
