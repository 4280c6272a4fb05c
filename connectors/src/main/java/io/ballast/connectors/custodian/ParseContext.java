package io.ballast.connectors.custodian;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.Require;
import io.ballast.domain.SecurityMaster;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a parse needs beyond the bytes: the security master that resolves identifiers the file does not declare,
 * the accounts the ledger already holds (for statements that name an account but not its household or type), and
 * whether tax lots that do not add up to their position are a failure or only a warning.
 */
public record ParseContext(SecurityMaster securities, Function<AccountId, Optional<Account>> knownAccounts,
        LotMismatch lotMismatch) {
    public enum LotMismatch {
        /** Logged; the lots load as reported. */
        WARN,
        /** A failure of the position's rows. */
        BREAK
    }

    public static final ParseContext STANDALONE = new ParseContext(SecurityMaster.EMPTY, id -> Optional.empty(),
            LotMismatch.BREAK);

    public ParseContext {
        Require.present(securities, "security master");
        Require.present(knownAccounts, "known accounts");
        Require.present(lotMismatch, "lot mismatch policy");
    }
}
