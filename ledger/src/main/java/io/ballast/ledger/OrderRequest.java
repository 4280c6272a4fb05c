package io.ballast.ledger;

import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;

/**
 * A cancel or cancel/replace request, persisted with its own ClOrdID before it is sent.
 *
 * @param origClOrdId the ClOrdID the order works under now
 * @param order       for a replace, the order as it should become (under the request's ClOrdID); for a cancel, the
 *                    order as it stands
 */
public record OrderRequest(ClOrdId clOrdId, ClOrdId origClOrdId, Kind kind, BlockOrder order) {
    public enum Kind {
        CANCEL,
        REPLACE
    }
}
