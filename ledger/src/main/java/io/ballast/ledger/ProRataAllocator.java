package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a block's filled quantity across its accounts in proportion to what each asked for, in whole shares.
 * Each account first gets the floor of its pro-rata share; the shares left over go one at a time to the largest
 * fractional remainders, ties broken by a rotation that moves with the block's sequence number so that no account
 * is always favoured. No account gets more than it asked for.
 */
public final class ProRataAllocator {
    /** What one account asked for. */
    public record Request(AccountId account, BigDecimal quantity) {
        public Request {
            Require.present(account, "account");
            Require.positive(quantity, "quantity requested by " + account);
        }
    }

    private record Share(int index, Request request, BigDecimal whole, BigDecimal remainder) {
    }

    /**
     * @param filled   the block's cumulative filled quantity, at most the sum requested
     * @param requests the accounts' requests, each account once
     * @param rotation the block's sequence number
     * @return every account's quantity (zero for some when the fill is short), in the order of the requests
     */
    public Map<AccountId, BigDecimal> allocate(BigDecimal filled, List<Request> requests, long rotation) {
        Require.nonNegative(filled, "filled quantity");
        BigDecimal requested = requests.stream().map(Request::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (filled.compareTo(requested) > 0) {
            throw new IllegalArgumentException("filled " + filled.toPlainString() + " exceeds the "
                    + requested.toPlainString() + " requested");
        }
        List<Share> shares = new ArrayList<>();
        BigDecimal handedOut = BigDecimal.ZERO;
        for (int i = 0; i < requests.size(); i++) {
            Request request = requests.get(i);
            // filled × asked / requested = whole + remainder / requested, kept exact by staying in numerators
            BigDecimal numerator = filled.multiply(request.quantity());
            BigDecimal whole = numerator.divide(requested, 0, RoundingMode.FLOOR).min(request.quantity());
            shares.add(new Share(i, request, whole, numerator.subtract(whole.multiply(requested))));
            handedOut = handedOut.add(whole);
        }
        int start = requests.isEmpty() ? 0 : (int) Math.floorMod(rotation, (long) requests.size());
        shares.sort(Comparator.comparing(Share::remainder).reversed()
                .thenComparingInt(share -> Math.floorMod(share.index() - start, requests.size())));

        Map<AccountId, BigDecimal> result = new LinkedHashMap<>();
        shares.stream().sorted(Comparator.comparingInt(Share::index))
                .forEach(share -> result.put(share.request().account(), share.whole()));
        BigDecimal left = filled.subtract(handedOut);
        while (left.signum() > 0) {
            for (Share share : shares) {
                AccountId account = share.request().account();
                BigDecimal room = share.request().quantity().subtract(result.get(account));
                BigDecimal unit = left.min(BigDecimal.ONE).min(room);
                if (left.signum() > 0 && unit.signum() > 0) {
                    result.merge(account, unit, BigDecimal::add);
                    left = left.subtract(unit);
                }
            }
        }
        return result;
    }
}
