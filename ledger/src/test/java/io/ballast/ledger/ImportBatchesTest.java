package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.CustodianSnapshot;
import io.ballast.ledger.testing.Database;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImportBatchesTest {
    @ParameterizedTest
    @EnumSource(Database.class)
    void findsTheLatestLoadOfAFile(Database database) {
        DataSource dataSource = database.fresh();
        CustodianSnapshot snapshot = Fixtures.snapshot();
        BookLoader loader = new BookLoader(dataSource, CLOCK);
        loader.load(snapshot, "positions.csv", "first");
        long corrected = loader.load(snapshot, "positions.csv", "second").batchId();

        ImportBatches batches = new ImportBatches(dataSource);

        assertThat(batches.findByFile(snapshot.custodian(), "positions.csv")).hasValueSatisfying(batch -> {
            assertThat(batch.id()).isEqualTo(corrected);
            assertThat(batch.asOf()).isEqualTo(snapshot.asOf());
            assertThat(batch.accounts()).isEqualTo(snapshot.accounts().size());
            assertThat(batch.lots()).isEqualTo(snapshot.lots().size());
            assertThat(batch.households()).isEqualTo(2);
            assertThat(batch.breaks()).isZero();
        });
        assertThat(batches.findByFile(snapshot.custodian(), "other.csv")).isEmpty();
        assertThat(batches.findByFile("another-custodian", "positions.csv")).isEmpty();
    }
}
