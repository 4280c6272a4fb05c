package io.ballast.ledger;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.HouseholdId;
import java.util.Optional;
import javax.sql.DataSource;

/** The accounts the ledger holds, for statements that name an account but not its household or type. */
public final class LedgerAccounts {
    private final Transactions transactions;

    public LedgerAccounts(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    public Optional<Account> find(AccountId id) {
        return transactions.inTransaction("Finding account " + id.masked(), sql -> sql.first(
                "SELECT id, household_id, account_type, custodian FROM account WHERE id = ?",
                rs -> new Account(AccountId.of(rs.getString("id")), HouseholdId.of(rs.getString("household_id")),
                        AccountType.valueOf(rs.getString("account_type")), rs.getString("custodian")), id));
    }
}
