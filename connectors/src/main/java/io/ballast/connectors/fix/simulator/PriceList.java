package io.ballast.connectors.fix.simulator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference prices for the simulator from a CSV file of {@code SYMBOL,PRICE} lines. A first line {@code SYMBOL,PRICE}
 * is taken as a header; blank lines and lines starting with {@code #} are skipped.
 */
public final class PriceList {
    private PriceList() {
    }

    /** The prices by symbol; a file that cannot be read or has a bad line fails whole, naming the line. */
    public static Map<String, BigDecimal> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#") || number == 1 && line.equalsIgnoreCase("SYMBOL,PRICE")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 2 || fields[0].isBlank()) {
                throw new IllegalArgumentException(where(file, number) + "expected SYMBOL,PRICE, got '" + line + "'");
            }
            String symbol = fields[0].strip();
            BigDecimal price = price(file, number, fields[1].strip());
            if (prices.put(symbol, price) != null) {
                throw new IllegalArgumentException(where(file, number) + "symbol " + symbol + " appears twice");
            }
        }
        if (prices.isEmpty()) {
            throw new IllegalArgumentException(file + ": no prices");
        }
        return prices;
    }

    private static BigDecimal price(Path file, int number, String text) {
        try {
            BigDecimal price = new BigDecimal(text);
            if (price.signum() <= 0) {
                throw new IllegalArgumentException(where(file, number) + "price must be positive, was " + text);
            }
            return price;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where(file, number) + "price '" + text + "' is not a number", e);
        }
    }

    private static String where(Path file, int number) {
        return file + " line " + number + ": ";
    }
}
