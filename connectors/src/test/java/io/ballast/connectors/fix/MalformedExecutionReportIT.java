package io.ballast.connectors.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.OrderType;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TimeInForce;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken execution reports are answered and reported, and the session carries on. */
class MalformedExecutionReportIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-13T14:30:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dataDirectory;
    static RogueCounterparty rogue;
    static FixGateway gateway;
    static RecordingListener listener;

    @BeforeAll
    static void start() throws Exception {
        rogue = new RogueCounterparty("ROGUE", "BALLAST-R");
        listener = new RecordingListener();
        gateway = new FixGateway(List.of(new FixSessionConfig("rogue", "FIX.4.4", "BALLAST-R", "ROGUE", "localhost",
                rogue.port(), 30, true, FixMessageStore.files(dataDirectory), 1)), listener, CLOCK);
        gateway.start();
        assertThat(gateway.awaitLogon("rogue", WAIT)).isTrue();
    }

    @AfterAll
    static void stop() {
        gateway.close();
        rogue.close();
    }

    @ParameterizedTest
    @CsvSource({"GARBLED, SESSION", "MISSING, SESSION", "NEGATIVE, BUSINESS", "COMMTYPE, BUSINESS"})
    void brokenReportIsRejectedAndTheNextOneStillArrives(String symbol, FixReject.Kind answer) {
        ClOrdId clOrdId = ClOrdId.of("ROGUE-ORDER-" + symbol);
        int rejectsBefore = listener.rejects.size();

        gateway.send("rogue", new BlockOrder(clOrdId, SecurityId.of(symbol), Side.BUY, BigDecimal.TEN,
                OrderType.MARKET, null, TimeInForce.DAY));

        await().atMost(WAIT).until(() -> !listener.executionsOf(clOrdId).isEmpty());
        assertThat(listener.executionsOf(clOrdId)).extracting(report -> report.execId())
                .containsExactly(clOrdId + "-good");
        List<RecordingListener.Rejected> newRejects = listener.rejects.subList(rejectsBefore, listener.rejects.size());
        assertThat(newRejects).singleElement().satisfies(rejected -> {
            assertThat(rejected.session()).isEqualTo("rogue");
            assertThat(rejected.reject().kind()).isEqualTo(answer);
            assertThat(rejected.reject().direction()).isEqualTo(FixReject.Direction.SENT);
            assertThat(rejected.reject().refSeqNum()).isNotNull();
        });
        assertThat(gateway.status().get(0).loggedOn()).isTrue();
    }
}
