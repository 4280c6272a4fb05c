package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.BND;
import static io.ballast.ledger.Fixtures.CLOCK;
import static io.ballast.ledger.Fixtures.JONES;
import static io.ballast.ledger.Fixtures.SMITH;
import static io.ballast.ledger.Fixtures.SMITH_IRA;
import static io.ballast.ledger.Fixtures.SMITH_TAXABLE;
import static io.ballast.ledger.Fixtures.VTI;
import static io.ballast.ledger.Fixtures.buy;
import static io.ballast.ledger.Fixtures.pick;
import static io.ballast.ledger.Fixtures.proposal;
import static io.ballast.ledger.Fixtures.sell;
import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.Proposal;
import io.ballast.ledger.testing.Database;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProposalStoreTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void storesProposalsWithTradesAndLotPicks(Database database) {
        DataSource dataSource = database.fresh();
        long batch = new BookLoader(dataSource, CLOCK).load(Fixtures.snapshot(), "f.csv", "sha").batchId();
        ProposalStore store = new ProposalStore(dataSource, CLOCK);
        Proposal smith = proposal(SMITH, sell(SMITH_TAXABLE, VTI, "60", pick("L2", "50"), pick("L1", "10")),
                buy(SMITH_IRA, BND, "12.5"));
        Proposal jones = proposal(JONES);

        store.save(batch, smith);
        assertThat(store.allProposed(batch)).isFalse();
        store.save(batch, jones);

        assertThat(store.countForBatch(batch)).isEqualTo(2);
        assertThat(store.allProposed(batch)).isTrue();
        assertThat(store.proposalsOfBatch(batch)).containsExactly(jones, smith);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void savingAHouseholdAgainForTheSameBatchKeepsTheFirstProposal(Database database) {
        DataSource dataSource = database.fresh();
        long batch = new BookLoader(dataSource, CLOCK).load(Fixtures.snapshot(), "f.csv", "sha").batchId();
        ProposalStore store = new ProposalStore(dataSource, CLOCK);
        Proposal first = proposal(SMITH, buy(SMITH_IRA, BND, "10"));

        long id = store.save(batch, first);
        long again = store.save(batch, proposal(SMITH, buy(SMITH_IRA, BND, "20")));

        assertThat(again).isEqualTo(id);
        assertThat(store.proposalsOfBatch(batch)).containsExactly(first);
        assertThat(new OrderBook(dataSource, CLOCK).createBlocks(Fixtures.TRADE_DATE))
                .singleElement().satisfies(block -> assertThat(block.quantity()).isEqualByComparingTo("10"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aWhatIfProposalIsStoredButItsTradesAreNeverOrdered(Database database) {
        DataSource dataSource = database.fresh();
        long batch = new BookLoader(dataSource, CLOCK).load(Fixtures.snapshot(), "f.csv", "sha").batchId();
        ProposalStore store = new ProposalStore(dataSource, CLOCK);
        Proposal whatIf = proposal(SMITH, buy(SMITH_IRA, BND, "10"));

        store.saveWhatIf(batch, whatIf);
        store.save(batch, proposal(JONES));

        assertThat(store.allProposed(batch)).isTrue();
        assertThat(store.proposalsOfBatch(batch)).contains(whatIf);
        assertThat(new OrderBook(dataSource, CLOCK).createBlocks(Fixtures.TRADE_DATE)).isEmpty();
    }
}
