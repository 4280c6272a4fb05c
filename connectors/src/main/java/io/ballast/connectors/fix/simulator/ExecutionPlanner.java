package io.ballast.connectors.fix.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.field.Side;

/**
 * Draws, from the configured seed, everything chance decides: whether a new order is rejected, each fill's price,
 * and which fills are busted or corrected. An order's whole plan is drawn when it arrives, so the draws follow the
 * order in which orders arrive and not the timing of delayed executions.
 */
final class ExecutionPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionPlanner.class);
    private static final int PRICE_VARIATION_CENTS = 5;
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final SimulatorConfig config;
    private final Random random;

    ExecutionPlanner(SimulatorConfig config) {
        this.config = config;
        this.random = new Random(config.seed());
    }

    /** Draws only when the rate is set, so that without one the prices are those of the seed alone. */
    boolean rejectsNewOrder() {
        return config.rejectRate() > 0 && random.nextDouble() < config.rejectRate();
    }

    /**
     * The executions of what is left of an order, after its acknowledgement or a replace. A limit order's plan stops at the first price beyond its
     * limit and the rest of it rests. A busted fill is filled again, and that second fill stands, so an order
     * completes whatever the bust rate.
     */
    List<PlannedExecution> plan(SimulatedOrder order, BigDecimal reference) {
        List<PlannedExecution> plan = new ArrayList<>();
        boolean amends = config.bustRate() + config.correctRate() > 0;
        for (BigDecimal quantity : FillSchedule.split(order.leaves(), config.fillsPerOrder())) {
            BigDecimal price = priceNear(reference);
            if (!order.acceptsPrice(price)) {
                return rests(order, price, plan);
            }
            plan.add(PlannedExecution.fill(quantity, price));
            double draw = amends ? random.nextDouble() : 1;
            if (draw < config.bustRate()) {
                plan.add(PlannedExecution.bust());
                BigDecimal again = priceNear(reference);
                if (!order.acceptsPrice(again)) {
                    return rests(order, again, plan);
                }
                plan.add(PlannedExecution.fill(quantity, again));
            } else if (draw < config.bustRate() + config.correctRate()) {
                plan.add(PlannedExecution.correct(corrected(price, order.side)));
            }
        }
        return plan;
    }

    private static List<PlannedExecution> rests(SimulatedOrder order, BigDecimal price, List<PlannedExecution> plan) {
        LOG.info("simulator: order {} rests, {} is beyond its limit {}", order.clOrdId, price, order.limitPrice);
        return plan;
    }

    /** The reference price moved by a few cents, never below one cent. */
    private BigDecimal priceNear(BigDecimal reference) {
        int cents = random.nextInt(2 * PRICE_VARIATION_CENTS + 1) - PRICE_VARIATION_CENTS;
        BigDecimal price = reference.add(CENT.multiply(BigDecimal.valueOf(cents))).setScale(2, RoundingMode.HALF_EVEN);
        return price.max(CENT);
    }

    /** A correction moves the price one to five cents in the client's favour, so a limit order still accepts it. */
    private BigDecimal corrected(BigDecimal price, char side) {
        BigDecimal move = CENT.multiply(BigDecimal.valueOf(1 + random.nextInt(PRICE_VARIATION_CENTS)));
        return side == Side.BUY ? price.subtract(move).max(CENT) : price.add(move);
    }
}
