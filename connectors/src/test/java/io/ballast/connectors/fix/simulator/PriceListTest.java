package io.ballast.connectors.fix.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceListTest {
    @TempDir
    Path directory;

    @Test
    void readsSymbolsAndPricesSkippingHeaderCommentsAndBlankLines() throws IOException {
        Path file = Files.writeString(directory.resolve("prices.csv"),
                "SYMBOL,PRICE\n# closing prices\nVTI,262.10\n\n AAPL , 213.49 \n");

        assertThat(PriceList.read(file)).containsExactly(entry("VTI", new BigDecimal("262.10")),
                entry("AAPL", new BigDecimal("213.49")));
    }

    @Test
    void aBadLineFailsNamingIt() throws IOException {
        Path file = Files.writeString(directory.resolve("prices.csv"), "VTI,262.10\nAAPL,cheap\n");

        assertThatThrownBy(() -> PriceList.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + " line 2: price 'cheap' is not a number");
    }

    @Test
    void aLineWithoutTwoFieldsOrWithARepeatedSymbolFails() throws IOException {
        Path oneField = Files.writeString(directory.resolve("one.csv"), "VTI\n");
        Path twice = Files.writeString(directory.resolve("twice.csv"), "VTI,1\nVTI,2\n");

        assertThatThrownBy(() -> PriceList.read(oneField)).hasMessage(oneField + " line 1: expected SYMBOL,PRICE, got 'VTI'");
        assertThatThrownBy(() -> PriceList.read(twice)).hasMessage(twice + " line 2: symbol VTI appears twice");
    }
}
