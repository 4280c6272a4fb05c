package io.ballast.ledger;

import io.ballast.domain.Require;
import io.ballast.domain.SecurityId;
import io.ballast.domain.SecurityIdentifier;
import io.ballast.domain.SecurityMaster;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's security master: a ticker is the security's id, a CUSIP or ISIN is looked up in its columns. An
 * identifier that matches no security, or more than one, is queued in {@code security_review} (once per identifier
 * and file) in its own transaction, so the queue survives the refusal of the file that carried it.
 */
public final class SecurityMasterTable implements SecurityMaster {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityMasterTable.class);

    /** An identifier waiting for someone to set its security up. */
    public record Review(SecurityIdentifier identifier, String file, long line, String description) {
    }

    private final Transactions transactions;
    private final Clock clock;

    public SecurityMasterTable(DataSource dataSource, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.clock = Require.present(clock, "clock");
    }

    @Override
    public Optional<SecurityId> resolve(SecurityIdentifier identifier) {
        String column = switch (identifier.scheme()) {
            case TICKER -> "id";
            case CUSIP -> "cusip";
            case ISIN -> "isin";
        };
        List<String> found = transactions.inTransaction("Resolving " + identifier, sql -> sql.list(
                "SELECT id FROM security WHERE " + column + " = ?", rs -> rs.getString(1), identifier.value()));
        return found.size() == 1 ? Optional.of(SecurityId.of(found.get(0))) : Optional.empty();
    }

    @Override
    public void queueForReview(SecurityIdentifier identifier, String file, long line, String description) {
        boolean queued = transactions.inTransaction("Queueing " + identifier + " for review", sql -> {
            if (sql.first("SELECT id FROM security_review WHERE scheme = ? AND identifier = ? AND file_name = ?"
                    + " AND resolved_at IS NULL", rs -> rs.getLong(1), identifier.scheme(), identifier.value(), file)
                    .isPresent()) {
                return false;
            }
            sql.update("INSERT INTO security_review (scheme, identifier, file_name, line, description, queued_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", identifier.scheme(), identifier.value(), file, line,
                    description == null ? null : description.substring(0, Math.min(256, description.length())),
                    clock.instant());
            return true;
        });
        if (queued) {
            LOG.warn("unknown security {} in {} line {}: queued for review", identifier, file, line);
        }
    }

    /** Identifiers still waiting, oldest first. */
    public List<Review> openReviews() {
        return transactions.inTransaction("Listing securities to review", sql -> sql.list(
                "SELECT scheme, identifier, file_name, line, description FROM security_review"
                        + " WHERE resolved_at IS NULL ORDER BY id",
                rs -> new Review(new SecurityIdentifier(SecurityIdentifier.Scheme.valueOf(rs.getString("scheme")),
                        rs.getString("identifier")), rs.getString("file_name"), rs.getLong("line"),
                        rs.getString("description"))));
    }
}
