package io.ballast.connectors.custodian;

/**
 * The CUSIP check digit: a modulus-10 "double-add-double" over the first eight characters, where letters count
 * 10..35 and {@code * @ #} count 36..38, and every second character is doubled.
 */
public final class CusipCheck {
    private CusipCheck() {
    }

    /** True for nine characters whose last is the check digit of the first eight. */
    public static boolean isValid(String cusip) {
        if (cusip == null || cusip.length() != 9 || !Character.isDigit(cusip.charAt(8))) {
            return false;
        }
        int expected = checkDigit(cusip.substring(0, 8));
        return expected >= 0 && expected == cusip.charAt(8) - '0';
    }

    /** The check digit of an eight-character CUSIP base, or -1 when the base is not eight valid characters. */
    public static int checkDigit(String base) {
        if (base == null || base.length() != 8) {
            return -1;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int value = valueOf(base.charAt(i));
            if (value < 0) {
                return -1;
            }
            if (i % 2 == 1) {
                value *= 2;
            }
            sum += value / 10 + value % 10;
        }
        return (10 - sum % 10) % 10;
    }

    private static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return switch (c) {
            case '*' -> 36;
            case '@' -> 37;
            case '#' -> 38;
            default -> -1;
        };
    }
}
