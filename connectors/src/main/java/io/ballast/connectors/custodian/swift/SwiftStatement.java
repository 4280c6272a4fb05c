package io.ballast.connectors.custodian.swift;

import io.ballast.connectors.custodian.ParseContext;
import io.ballast.connectors.custodian.SecurityIdentifiers;
import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.SecurityId;
import io.ballast.domain.SecurityIdentifier;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One walk through a SWIFT statement's fields. Every statement names its safekeeping account ({@code :97A::SAFE}),
 * which must already be in the ledger, and an as-of date; its instruments are ISINs resolved through the security
 * master. A subclass reads the rest of the fields and turns them into a snapshot.
 */
abstract class SwiftStatement {
    final String file;
    final ParseContext context;
    /** The as-of date, set by the subclass from the statement's date field. */
    LocalDate asOf;
    private final List<ParseFailure> failures;
    private final String asOfTag;
    private final String asOfName;
    private final Set<SecurityIdentifier> queued = new HashSet<>();
    private String accountNumber;
    private long accountLine;

    /** {@code asOfTag} and {@code asOfName} name the field that gives the as-of date, for the failure without it. */
    SwiftStatement(String file, ParseContext context, List<ParseFailure> failures, String asOfTag, String asOfName) {
        this.file = file;
        this.context = context;
        this.failures = failures;
        this.asOfTag = asOfTag;
        this.asOfName = asOfName;
    }

    /** Reads one field other than the safekeeping account. */
    abstract void take(SwiftTags.Field field);

    /** The snapshot of the known account, once every field is read. */
    abstract CustodianSnapshot snapshot(Account account);

    final Optional<CustodianSnapshot> read(List<SwiftTags.Field> fields) {
        for (SwiftTags.Field field : fields) {
            try {
                if (field.name().equals("97A")) {
                    takeAccount(field);
                } else {
                    take(field);
                }
            } catch (RuntimeException e) {
                failure(field.line(), field.name(), "'" + field.value() + "' does not read: " + e.getMessage());
            }
        }
        if (accountNumber == null) {
            failure(0, "97A", "statement names no safekeeping account (:97A::SAFE)");
            return Optional.empty();
        }
        if (asOf == null) {
            failure(0, asOfTag, "statement has no " + asOfName);
            return Optional.empty();
        }
        Optional<Account> account = context.knownAccounts().apply(AccountId.of(accountNumber));
        if (account.isEmpty()) {
            failure(accountLine, "97A", "account " + AccountId.of(accountNumber).masked() + " is not in the ledger:"
                    + " load it first from a file that declares its household and type");
            return Optional.empty();
        }
        return Optional.of(snapshot(account.get()));
    }

    private void takeAccount(SwiftTags.Field field) {
        if (field.qualifier().equals("SAFE")) {
            accountNumber = SwiftValues.account(field.value());
            accountLine = field.line();
        }
    }

    /** The security an ISIN names, or empty (reported, and queued for review once when nobody knows it). */
    final Optional<SecurityId> security(String isin, long line, String description) {
        String problem = SecurityIdentifiers.problem(SecurityIdentifier.Scheme.ISIN, isin);
        if (problem != null) {
            failure(line, "35B", problem);
            return Optional.empty();
        }
        SecurityIdentifier identifier = new SecurityIdentifier(SecurityIdentifier.Scheme.ISIN, isin);
        Optional<SecurityId> security = context.securities().resolve(identifier);
        if (security.isEmpty()) {
            if (queued.add(identifier)) {
                context.securities().queueForReview(identifier, file, line, description);
            }
            failure(line, "35B", "unknown security " + identifier + " (" + description + "): the security master"
                    + " does not know it; queued for review");
        }
        return security;
    }

    final void failure(long line, String field, String reason) {
        failures.add(new ParseFailure(file, line, field, reason));
    }
}
