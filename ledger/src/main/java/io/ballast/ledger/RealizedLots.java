package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.LotId;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/** Which lots the sales of a trade date relieved: the versus-purchase instructions a custodian settles them by. */
public final class RealizedLots {
    private final Transactions transactions;

    public RealizedLots(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** Shares of one lot one sale relieved. */
    public record Relief(AccountId account, SecurityId security, LotId lot, BigDecimal quantity) {
    }

    /** The lots relieved by the sales of a trade date, in the order they were relieved. */
    public List<Relief> ofTradeDate(LocalDate tradeDate) {
        return transactions.inTransaction("Reading the lots relieved on " + tradeDate, sql -> sql.list(
                "SELECT account_id, security_id, lot_id, quantity FROM realized_lot WHERE trade_date = ? ORDER BY id",
                rs -> new Relief(AccountId.of(rs.getString("account_id")), SecurityId.of(rs.getString("security_id")),
                        LotId.of(rs.getString("lot_id")), Numbers.plain(rs.getBigDecimal("quantity"))),
                tradeDate));
    }
}
