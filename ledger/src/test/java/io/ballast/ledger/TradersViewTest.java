package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.CLOCK;
import static io.ballast.ledger.Fixtures.SMITH;
import static io.ballast.ledger.Fixtures.SMITH_TAXABLE;
import static io.ballast.ledger.Fixtures.TRADE_DATE;
import static io.ballast.ledger.Fixtures.VTI;
import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.OrderStatus;
import io.ballast.ledger.testing.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the traders' view reads from the ledger: the blotter with its executions, the stored FIX sessions. */
class TradersViewTest {
    @ParameterizedTest
    @EnumSource(Database.class)
    void theBlotterListsEachBlockWithItsExecutions(Database database) {
        DataSource dataSource = database.fresh();
        new BookLoader(dataSource, CLOCK).load(Fixtures.snapshot(), "positions-20261124.csv", "sha-1");
        new TradingDays(dataSource).trade(TRADE_DATE, SMITH, "300.00", Fixtures.buy(SMITH_TAXABLE, VTI, "10"));

        List<TradeBlotter.Line> lines = new TradeBlotter(new OrderBook(dataSource, CLOCK), dataSource).on(TRADE_DATE);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.order().status()).isEqualTo(OrderStatus.FILLED);
            assertThat(line.order().avgPx()).isEqualByComparingTo("300");
            assertThat(line.executions()).singleElement().satisfies(e -> {
                assertThat(e.lastQty()).isEqualByComparingTo("10");
                assertThat(e.execType()).isEqualTo("TRADE");
                assertThat(e.transactTime()).isEqualTo(CLOCK.instant());
            });
        });
        assertThat(new TradeBlotter(new OrderBook(dataSource, CLOCK), dataSource).on(TRADE_DATE.plusDays(1))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void readsTheSequenceNumbersTheMessageStoreKeeps(Database database) throws SQLException {
        DataSource dataSource = database.fresh();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO sessions VALUES ('FIX.4.4', 'BALLAST', '', '', 'BROKER', '', '', '',"
                    + " TIMESTAMP '2026-11-25 13:00:00', 17, 42)");
        }
        StoredFixSessions stored = new StoredFixSessions(dataSource);

        assertThat(stored.find("FIX.4.4", "BALLAST", "BROKER")).contains(
                new StoredFixSessions.StoredSession(42, 17, Instant.parse("2026-11-25T13:00:00Z")));
        assertThat(stored.find("FIX.4.2", "BALLAST", "BROKER")).isEmpty();
    }
}
