package io.ballast.domain;

/** A custodian account number. */
public record AccountId(String value) implements Comparable<AccountId> {
    public AccountId {
        Require.text(value, "account id");
    }

    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public int compareTo(AccountId other) {
        return value.compareTo(other.value);
    }

    /** The last four characters only, for logs: full account numbers are never logged. */
    public String masked() {
        return "…" + value.substring(Math.max(0, value.length() - 4));
    }

    @Override
    public String toString() {
        return value;
    }
}
