package io.ballast.connectors.custodian.swift;

import com.prowidesoftware.swift.model.field.Field35B;
import com.prowidesoftware.swift.model.field.Field36B;
import com.prowidesoftware.swift.model.field.Field90B;
import com.prowidesoftware.swift.model.field.Field93B;
import com.prowidesoftware.swift.model.field.Field97A;
import com.prowidesoftware.swift.model.field.Field98A;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Values of the generic fields of MT535 and MT536, read by Prowide's field classes; null when they do not read. */
final class SwiftValues {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private SwiftValues() {
    }

    static LocalDate date(String field98A) {
        return date8(new Field98A(field98A).getDate());
    }

    static LocalDate date8(String yyyymmdd) {
        try {
            return yyyymmdd == null ? null : LocalDate.parse(yyyymmdd, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String account(String field97A) {
        return new Field97A(field97A).getAccountNumber();
    }

    static String isin(String field35B) {
        return new Field35B(field35B).getISIN();
    }

    static String description(String field35B) {
        String description = new Field35B(field35B).getDescription();
        return description == null ? "" : description.replace("\r\n", " ").replace('\n', ' ').strip();
    }

    static BigDecimal balance(String field93B) {
        Field93B field = new Field93B(field93B);
        BigDecimal balance = field.getBalanceAsBigDecimal();
        return balance == null ? null : "N".equals(field.getSign()) ? balance.negate() : balance;
    }

    static BigDecimal quantity(String field36B) {
        return new Field36B(field36B).getQuantityAsBigDecimal();
    }

    static BigDecimal price(String field90B) {
        return new Field90B(field90B).getPriceAsBigDecimal();
    }
}
