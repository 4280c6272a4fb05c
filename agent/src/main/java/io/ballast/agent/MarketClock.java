package io.ballast.agent;

import java.time.Clock;
import java.time.ZoneId;

/** Trade dates are those of the US equity market, whatever the server's time zone. */
final class MarketClock {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private MarketClock() {
    }

    static Clock system() {
        return Clock.system(NEW_YORK);
    }
}
