package io.ballast.connectors.custodian;

import io.ballast.domain.Account;
import io.ballast.domain.AccountType;
import io.ballast.domain.CashBalance;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ParseResult;
import io.ballast.domain.Price;
import io.ballast.domain.Security;
import io.ballast.domain.TaxLot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Ballast's standard custodian file: one CSV file (RFC 4180) holding one custodian's book as of one close.
 *
 * <pre>
 * HDR,&lt;custodian&gt;,&lt;as-of yyyy-MM-dd&gt;
 * ACC,&lt;account id&gt;,&lt;household id&gt;,&lt;TAXABLE|IRA|ROTH|EXEMPT&gt;
 * SEC,&lt;symbol&gt;,&lt;cusip or empty&gt;,&lt;name&gt;,&lt;asset class&gt;
 * PRC,&lt;symbol&gt;,&lt;close price&gt;
 * LOT,&lt;account id&gt;,&lt;lot id&gt;,&lt;symbol&gt;,&lt;quantity&gt;,&lt;total cost basis&gt;,&lt;acquired yyyy-MM-dd&gt;
 * CSH,&lt;account id&gt;,&lt;amount&gt;
 * TRL,&lt;number of records between HDR and TRL&gt;
 * </pre>
 */
public final class BallastCsvFormat implements CustodianFormat {
    public static final String NAME = "ballast-csv";

    static final Map<String, AccountType> ACCOUNT_TYPES = Map.of("TAXABLE", AccountType.TAXABLE, "IRA",
            AccountType.TRADITIONAL_IRA, "ROTH", AccountType.ROTH_IRA, "EXEMPT", AccountType.TAX_EXEMPT);

    @Override
    public String name() {
        return NAME;
    }

    /** Reads one file; the file declares its own securities, so the context is not needed. */
    @Override
    public ParseResult<CustodianSnapshot> parse(String fileName, InputStream in, ParseContext context) {
        return parse(fileName, in);
    }

    /**
     * Reads one file. Never throws on bad input: every bad row, and every problem of the whole file (at line 0),
     * comes back as a failure, and the snapshot holds only the rows that were read whole. When the header is
     * unusable the snapshot is empty, named after the file and dated {@link java.time.LocalDate#EPOCH}.
     */
    public ParseResult<CustodianSnapshot> parse(String fileName, InputStream in) {
        return new BallastCsvParser(fileName).parse(in);
    }

    /**
     * Writes a snapshot in this layout. Throws {@link IllegalArgumentException} for a snapshot the layout cannot
     * express: accounts of another custodian, or prices not dated at the snapshot's as-of date.
     */
    public void write(CustodianSnapshot snapshot, Writer out) {
        requireExpressible(snapshot);
        try {
            CsvWriter csv = new CsvWriter(out);
            csv.record("HDR", snapshot.custodian(), snapshot.asOf().toString());
            for (Account account : snapshot.accounts()) {
                csv.record("ACC", account.id().value(), account.household().value(), typeCode(account.type()));
            }
            for (Security security : snapshot.securities()) {
                csv.record("SEC", security.id().value(), security.cusip() == null ? "" : security.cusip(),
                        security.name(), security.assetClass());
            }
            for (Price price : snapshot.prices()) {
                csv.record("PRC", price.security().value(), price.price().toPlainString());
            }
            for (TaxLot lot : snapshot.lots()) {
                csv.record("LOT", lot.account().value(), lot.id().value(), lot.security().value(),
                        lot.quantity().toPlainString(), lot.costBasis().toPlainString(), lot.acquired().toString());
            }
            for (CashBalance cash : snapshot.cash()) {
                csv.record("CSH", cash.account().value(), cash.amount().toPlainString());
            }
            int records = snapshot.accounts().size() + snapshot.securities().size() + snapshot.prices().size()
                    + snapshot.lots().size() + snapshot.cash().size();
            csv.record("TRL", Integer.toString(records));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write custodian file of " + snapshot.custodian(), e);
        }
    }

    private static void requireExpressible(CustodianSnapshot snapshot) {
        for (Account account : snapshot.accounts()) {
            if (!account.custodian().equals(snapshot.custodian())) {
                throw new IllegalArgumentException("account " + account.id() + " is held at " + account.custodian()
                        + ", not at " + snapshot.custodian());
            }
        }
        for (Price price : snapshot.prices()) {
            if (!price.asOf().equals(snapshot.asOf())) {
                throw new IllegalArgumentException("price of " + price.security() + " is dated " + price.asOf()
                        + ", not at the snapshot's " + snapshot.asOf());
            }
        }
    }

    private static String typeCode(AccountType type) {
        return ACCOUNT_TYPES.entrySet().stream().filter(entry -> entry.getValue() == type).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }
}
