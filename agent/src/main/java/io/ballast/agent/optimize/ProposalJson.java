package io.ballast.agent.optimize;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ballast.domain.Explanation;
import io.ballast.domain.LotPick;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A proposal in the JSON form of docs/optimize-files.md: ids as plain strings, numbers as plain decimals. */
record ProposalJson(String household, LocalDate tradeDate, List<Trade> trades, ExplanationJson explanation) {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    record Trade(String account, String security, Side side, BigDecimal quantity, List<Pick> lots) {
    }

    record Pick(String lot, BigDecimal quantity) {
    }

    record ExplanationJson(BigDecimal driftBefore, BigDecimal driftAfter, BigDecimal trackingErrorBefore,
            BigDecimal trackingErrorAfter, BigDecimal realizedShortTerm, BigDecimal realizedLongTerm,
            BigDecimal estimatedTax, BigDecimal lossesHarvested, BigDecimal gainsDeferred, List<String> notes) {
    }

    static String write(Proposal proposal) {
        try {
            return MAPPER.writeValueAsString(of(proposal));
        } catch (JsonProcessingException e) {
            // Records of strings, dates and decimals always serialize; failing here is a bug, not bad input.
            throw new IllegalStateException("cannot write the proposal as JSON", e);
        }
    }

    static ProposalJson of(Proposal proposal) {
        return new ProposalJson(proposal.household().value(), proposal.tradeDate(),
                proposal.trades().stream().map(ProposalJson::trade).toList(), explanation(proposal.explanation()));
    }

    private static Trade trade(ProposedTrade trade) {
        return new Trade(trade.account().value(), trade.security().value(), trade.side(), trade.quantity(),
                trade.lots().stream().map(ProposalJson::pick).toList());
    }

    private static Pick pick(LotPick pick) {
        return new Pick(pick.lot().value(), pick.quantity());
    }

    private static ExplanationJson explanation(Explanation explanation) {
        return new ExplanationJson(explanation.driftBefore(), explanation.driftAfter(),
                explanation.trackingErrorBefore(), explanation.trackingErrorAfter(), explanation.realizedShortTerm(),
                explanation.realizedLongTerm(), explanation.estimatedTax(), explanation.lossesHarvested(),
                explanation.gainsDeferred(), explanation.notes());
    }
}
