package io.ballast.connectors.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.OrderStatus;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import quickfix.DefaultMessageFactory;
import quickfix.Message;
import quickfix.field.MsgType;

class ExecutionReportMapperTest {
    private static final Instant RECEIVED = Instant.parse("2026-03-13T14:30:00Z");

    @ParameterizedTest
    @CsvSource({"0, 0, NEW", "0, 1, TRADE", "0, 2, TRADE", "1, 2, TRADE_CANCEL", "2, 2, TRADE_CORRECT",
            "3, 0, ORDER_STATUS", "0, 4, CANCELED", "0, 8, REJECTED", "0, 3, DONE_FOR_DAY", "0, C, EXPIRED",
            "0, 6, ORDER_STATUS", "0, A, PENDING_NEW"})
    void readsFix42ExecTypeTogetherWithExecTransType(char execTransType, char execType, ExecutionType expected)
            throws Exception {
        Message message = report("FIX.4.2", execType, '1');
        message.setChar(20, execTransType);
        message.setString(19, "EXEC-0");

        assertThat(ExecutionReportMapper.map(message, true, RECEIVED).type()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, NEW", "F, TRADE", "H, TRADE_CANCEL", "G, TRADE_CORRECT", "I, ORDER_STATUS", "4, CANCELED",
            "5, REPLACED", "8, REJECTED", "C, EXPIRED", "E, ORDER_STATUS"})
    void readsFix44ExecType(char execType, ExecutionType expected) throws Exception {
        Message message = report("FIX.4.4", execType, '1');
        message.setString(19, "EXEC-0");
        assertThat(ExecutionReportMapper.map(message, false, RECEIVED).type()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"FIX.4.2, 1", "FIX.4.4, H", "FIX.4.2, 2", "FIX.4.4, G"})
    void aBustOrCorrectionCarriesTheExecIdOfTheFillItAmends(String beginString, char code) throws Exception {
        boolean fix42 = beginString.equals("FIX.4.2");
        Message message = report(beginString, fix42 ? '1' : code, '1');
        if (fix42) {
            message.setChar(20, code);
        }

        assertThatThrownBy(() -> ExecutionReportMapper.map(message, fix42, RECEIVED))
                .isInstanceOf(MalformedMessageException.class).hasMessage("ExecRefID (19) is missing");
        message.setString(19, "EXEC-0");
        assertThat(ExecutionReportMapper.map(message, fix42, RECEIVED).execRefId()).isEqualTo("EXEC-0");
    }

    @ParameterizedTest
    @CsvSource({"FIX.4.2, 3, 8", "FIX.4.4, 0, I"})
    void aStatusAnswerForAnOrderNeverReceivedReadsAsUnknown(String beginString, char execTransType, char execType)
            throws Exception {
        boolean fix42 = beginString.equals("FIX.4.2");
        Message message = report(beginString, execType, '8');
        if (fix42) {
            message.setChar(20, execTransType);
        }
        message.setInt(103, 5);

        assertThat(ExecutionReportMapper.map(message, fix42, RECEIVED).type()).isEqualTo(ExecutionType.ORDER_UNKNOWN);
    }

    @Test
    void readsDecimalsWithoutLossAndNamesTheOriginalOrderOfACancel() throws Exception {
        Message message = report("FIX.4.4", '4', '4');
        message.setString(41, "ORDER-1");
        message.setString(11, "CANCEL-1");
        message.setString(60, "20260313-15:00:01.250");

        ExecutionReport report = ExecutionReportMapper.map(message, false, RECEIVED);

        assertThat(report.clOrdId()).isEqualTo(ClOrdId.of("CANCEL-1"));
        assertThat(report.origClOrdId()).isEqualTo(ClOrdId.of("ORDER-1"));
        assertThat(report.source()).startsWith("8=FIX.4.4|").contains("|11=CANCEL-1|");
        assertThat(report.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(report.cumulativeQuantity()).isEqualByComparingTo("100.123456");
        assertThat(report.averagePrice().toPlainString()).isEqualTo("262.123457");
        assertThat(report.transactTime()).isEqualTo(Instant.parse("2026-03-13T15:00:01.250Z"));
    }

    @Test
    void pendingStatesOfALiveOrderReadAsWorking() throws Exception {
        assertThat(ExecutionReportMapper.map(report("FIX.4.4", '6', '6'), false, RECEIVED).status())
                .isEqualTo(OrderStatus.PARTIALLY_FILLED);
    }

    @Test
    void missingTransactTimeFallsBackToReceipt() throws Exception {
        Message message = report("FIX.4.2", '0', '0');
        message.removeField(60);

        assertThat(ExecutionReportMapper.map(message, true, RECEIVED).transactTime()).isEqualTo(RECEIVED);
    }

    @Test
    void unreadableFieldsAreReportedByName() {
        Message missing = report("FIX.4.4", 'F', '1');
        missing.removeField(17);
        Message unparsable = report("FIX.4.4", 'F', '1');
        unparsable.setString(31, "12,50");

        assertThatThrownBy(() -> ExecutionReportMapper.map(missing, false, RECEIVED))
                .isInstanceOf(MalformedMessageException.class).hasMessage("ExecID (17) is missing");
        assertThatThrownBy(() -> ExecutionReportMapper.map(unparsable, false, RECEIVED))
                .isInstanceOf(MalformedMessageException.class).hasMessage("LastPx (31) '12,50' is not a number");
    }

    @Test
    void aFillMustSayHowManySharesAtWhatPrice() throws Exception {
        Message fill = report("FIX.4.4", 'F', '1');
        fill.removeField(32);
        Message acknowledgement = report("FIX.4.4", '0', '0');
        acknowledgement.removeField(32);
        acknowledgement.removeField(31);

        assertThatThrownBy(() -> ExecutionReportMapper.map(fill, false, RECEIVED))
                .isInstanceOf(MalformedMessageException.class).hasMessage("LastQty (32) is required on a fill");
        assertThat(ExecutionReportMapper.map(acknowledgement, false, RECEIVED).lastQuantity()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"FIX.4.2, 2, 1, 0.005, 0.25", "FIX.4.4, F, 1, 0.005, 0.25", "FIX.4.2, 2, 2, 0.2, 26.21",
            "FIX.4.4, F, 2, 0.2, 26.21", "FIX.4.2, 2, 3, 7.5, 7.50", "FIX.4.4, F, 3, 7.5, 7.50",
            "FIX.4.4, G, 1, 0.02, 1.00"})
    void aFillsCommissionIsReadInDollarsAsItsCommTypeSays(String beginString, char execType, char commType,
            String commission, String dollars) throws Exception {
        boolean fix42 = beginString.equals("FIX.4.2");
        Message fill = report(beginString, execType, '1');
        fill.setString(19, "EXEC-0");
        fill.setString(12, commission);
        fill.setChar(13, commType);

        // 50 shares at 262.10: 0.005 a share is 0.25, 0.2 percent of 13,105.00 is 26.21
        assertThat(ExecutionReportMapper.map(fill, fix42, RECEIVED).commission()).isEqualTo(dollars);
    }

    @Test
    void aFillWithoutCommissionChargesNothingAndABustCarriesNone() throws Exception {
        Message bust = report("FIX.4.4", 'H', '1');
        bust.setString(19, "EXEC-0");
        bust.setString(12, "0.005");
        bust.setChar(13, '1');

        assertThat(ExecutionReportMapper.map(report("FIX.4.4", 'F', '1'), false, RECEIVED).commission()).isZero();
        assertThat(ExecutionReportMapper.map(bust, false, RECEIVED).commission()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"FIX.4.2, 2", "FIX.4.4, F"})
    void aCommissionWeCannotReadMakesTheReportMalformed(String beginString, char execType) {
        boolean fix42 = beginString.equals("FIX.4.2");
        Message pointsPerBond = report(beginString, execType, '1');
        pointsPerBond.setString(12, "0.5");
        pointsPerBond.setChar(13, '6');
        Message untyped = report(beginString, execType, '1');
        untyped.setString(12, "0.5");
        Message negative = report(beginString, execType, '1');
        negative.setString(12, "-1");
        negative.setChar(13, '3');

        assertThatThrownBy(() -> ExecutionReportMapper.map(pointsPerBond, fix42, RECEIVED))
                .isInstanceOf(MalformedMessageException.class).hasMessage("unsupported CommType (13) '6': only"
                        + " 1 (per unit), 2 (percent) and 3 (absolute) are understood");
        assertThatThrownBy(() -> ExecutionReportMapper.map(untyped, fix42, RECEIVED))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessage("CommType (13) is required with Commission (12)");
        assertThatThrownBy(() -> ExecutionReportMapper.map(negative, fix42, RECEIVED))
                .isInstanceOf(MalformedMessageException.class).hasMessage("Commission (12) -1 is negative");
    }

    private static Message report(String beginString, char execType, char ordStatus) {
        Message message = new DefaultMessageFactory().create(beginString, MsgType.EXECUTION_REPORT);
        message.setString(37, "SIM-ORDER-1");
        message.setString(11, "ORDER-1");
        message.setString(17, "EXEC-1");
        message.setChar(150, execType);
        message.setChar(39, ordStatus);
        message.setString(55, "VTI");
        message.setChar(54, '1');
        message.setString(32, "50");
        message.setString(31, "262.10");
        message.setString(14, "100.123456");
        message.setString(6, "262.123457");
        message.setString(151, "0");
        message.setString(60, "20260313-14:29:59.000");
        return message;
    }
}
