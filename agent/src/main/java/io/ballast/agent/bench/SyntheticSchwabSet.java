package io.ballast.agent.bench;

import io.ballast.connectors.custodian.CusipCheck;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A seeded Schwab-style set of any size for the ingest benchmark: 100 lots per account over 50 securities (two lots
 * each), with the positions, prices, cash and securities that make it load clean.
 */
final class SyntheticSchwabSet {
    static final int LOTS_PER_ACCOUNT = 100;
    static final int SECURITIES = 50;
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final String[] TYPES = {"JOINT", "IRA", "ROTH"};

    private final int accounts;
    private final LocalDate asOf;
    private final long seed;

    SyntheticSchwabSet(int lots, LocalDate asOf, long seed) {
        this.accounts = Math.max(1, lots / LOTS_PER_ACCOUNT);
        this.asOf = asOf;
        this.seed = seed;
    }

    int lots() {
        return accounts * LOTS_PER_ACCOUNT;
    }

    /** Writes the zipped set and returns its path. */
    Path write(Path directory) throws IOException {
        String date = asOf.format(DateTimeFormatter.BASIC_ISO_DATE);
        Path file = directory.resolve("SCHWAB_" + date + ".zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(1);
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            member(zip, writer, "ACCT_" + date + ".CSV", "RecType,Account,Household,Registration,Name", this::accounts);
            member(zip, writer, "SEC_" + date + ".CSV", "RecType,Symbol,CUSIP,ISIN,Description,Class", this::securities);
            member(zip, writer, "PRC_" + date + ".CSV", "RecType,Symbol,Close", this::prices);
            member(zip, writer, "POS_" + date + ".CSV", "RecType,Account,Symbol,CUSIP,Quantity,MarketValue",
                    this::positions);
            member(zip, writer, "LOT_" + date + ".CSV", "RecType,Account,Symbol,OpenDate,Quantity,CostBasis,GL",
                    this::taxLots);
            member(zip, writer, "TRN_" + date + ".CSV", "RecType,Account,Reference,Code,TradeDate,SettleDate,Symbol,"
                    + "Quantity,Amount", w -> 0);
        }
        return file;
    }

    @FunctionalInterface
    private interface Records {
        long write(BufferedWriter writer) throws IOException;
    }

    private void member(ZipOutputStream zip, BufferedWriter writer, String name, String titles, Records records)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        writer.write(titles + "\r\nH,Schwab," + asOf.format(US) + "\r\n");
        long count = records.write(writer);
        writer.write("T," + count + "\r\n");
        writer.flush();
        zip.closeEntry();
    }

    private long accounts(BufferedWriter writer) throws IOException {
        for (int a = 0; a < accounts; a++) {
            writer.write("A," + account(a) + ",HH-" + (a / 3) + "," + TYPES[a % 3] + ",Account " + a + "\r\n");
        }
        for (int a = 0; a < accounts; a++) {
            writer.write("B," + account(a) + "," + (a % 5000) + ".25\r\n");
        }
        return 2L * accounts;
    }

    private long securities(BufferedWriter writer) throws IOException {
        for (int s = 0; s < SECURITIES; s++) {
            writer.write("D," + symbol(s) + "," + cusip(s) + ",,Synthetic Fund " + s + ",EQ\r\n");
        }
        return SECURITIES;
    }

    private long prices(BufferedWriter writer) throws IOException {
        for (int s = 0; s < SECURITIES; s++) {
            writer.write("D," + symbol(s) + "," + price(s).toPlainString() + "\r\n");
        }
        return SECURITIES;
    }

    private long positions(BufferedWriter writer) throws IOException {
        for (int a = 0; a < accounts; a++) {
            Random random = new Random(seed + a);
            int[] quantities = new int[SECURITIES];
            for (int l = 0; l < LOTS_PER_ACCOUNT; l++) {
                quantities[l % SECURITIES] += 1 + random.nextInt(200);
            }
            for (int s = 0; s < SECURITIES; s++) {
                writer.write("D," + account(a) + "," + symbol(s) + "," + cusip(s) + "," + quantities[s] + ","
                        + price(s).multiply(BigDecimal.valueOf(quantities[s])).toPlainString() + "\r\n");
            }
        }
        return (long) accounts * SECURITIES;
    }

    private long taxLots(BufferedWriter writer) throws IOException {
        for (int a = 0; a < accounts; a++) {
            // the same draws as positions(), so the lots add up to them
            Random random = new Random(seed + a);
            for (int l = 0; l < LOTS_PER_ACCOUNT; l++) {
                int quantity = 1 + random.nextInt(200);
                int s = l % SECURITIES;
                writer.write("D," + account(a) + "," + symbol(s) + "," + asOf.minusDays(30 + (a + 37L * l) % 3000)
                        .format(US) + "," + quantity + "," + price(s).multiply(BigDecimal.valueOf(quantity))
                        .toPlainString() + ",0.00\r\n");
            }
        }
        return lots();
    }

    private static String account(int a) {
        return String.format("9%07d", a);
    }

    private static String symbol(int s) {
        return "SYN" + (char) ('A' + s / 26) + (char) ('A' + s % 26);
    }

    private static String cusip(int s) {
        String base = String.format("990%05d", s);
        return base + CusipCheck.checkDigit(base);
    }

    private static BigDecimal price(int s) {
        return BigDecimal.valueOf(2000 + 137L * s, 2);
    }
}
