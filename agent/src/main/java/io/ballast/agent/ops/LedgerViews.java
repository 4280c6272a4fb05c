package io.ballast.agent.ops;

import io.ballast.agent.config.FixSessionSettings;
import io.ballast.connectors.fix.FixSessionStatus;
import io.ballast.ledger.OrderBook;
import io.ballast.ledger.ReconBreaks;
import io.ballast.ledger.ReconReport;
import io.ballast.ledger.StoredFixSessions;
import io.ballast.ledger.TradeBlotter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The traders' and operators' views, read from the ledger (and from the live FIX sessions when given). */
public final class LedgerViews {
    private final List<FixSessionSettings> sessions;
    private final TradeBlotter blotter;
    private final ReconBreaks breaks;
    private final StoredFixSessions stored;
    private final Clock clock;

    public LedgerViews(DataSource ledger, List<FixSessionSettings> sessions, Clock clock) {
        this.sessions = List.copyOf(sessions);
        this.blotter = new TradeBlotter(new OrderBook(ledger, clock), ledger);
        this.breaks = new ReconBreaks(ledger);
        this.stored = new StoredFixSessions(ledger);
        this.clock = clock;
    }

    /** The live sessions of the running agent. */
    public SessionsView live(String source, List<FixSessionStatus> statuses) {
        return new SessionsView(source, sessions.stream().map(settings -> {
            FixSessionStatus status = statuses.stream().filter(s -> s.name().equals(settings.name())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no live FIX session " + settings.name()));
            return new SessionsView.Session(settings.name(), settings.beginString(), settings.senderCompId(),
                    settings.targetCompId(), status.loggedOn(), status.nextSenderSeqNum(), status.nextTargetSeqNum(),
                    status.lastHeartbeat());
        }).toList());
    }

    /** The sessions as their message store in the ledger left them; sessions stored in files show zeros. */
    public SessionsView stored(String source) {
        return new SessionsView(source, sessions.stream().map(settings -> {
            Optional<StoredFixSessions.StoredSession> kept = "database".equals(settings.store())
                    ? stored.find(settings.beginString(), settings.senderCompId(), settings.targetCompId())
                    : Optional.empty();
            return new SessionsView.Session(settings.name(), settings.beginString(), settings.senderCompId(),
                    settings.targetCompId(), null, kept.map(StoredFixSessions.StoredSession::nextSenderSeqNum).orElse(0),
                    kept.map(StoredFixSessions.StoredSession::nextTargetSeqNum).orElse(0), null);
        }).toList());
    }

    /** The blotter of a trade date; today's when the date is null. */
    public BlotterView orders(LocalDate date, String source) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        return BlotterView.of(day, source, blotter.on(day));
    }

    /** The reconciliation as of a date; of the newest file's date when null, and empty when nothing was loaded. */
    public Optional<ReconReport> recon(LocalDate asOf) {
        Optional<LocalDate> day = asOf == null ? breaks.latestAsOf() : Optional.of(asOf);
        return day.map(breaks::reportAsOf).filter(report -> !report.batches().isEmpty());
    }
}
