package io.ballast.domain;

/** A custodian account and the household it belongs to. */
public record Account(AccountId id, HouseholdId household, AccountType type, String custodian) {
    public Account {
        Require.present(id, "account id");
        Require.present(household, "household of account " + id);
        Require.present(type, "type of account " + id);
        Require.text(custodian, "custodian of account " + id);
    }
}
