package io.ballast.connectors.custodian;

/**
 * The ISIN check digit (ISO 6166): two country letters, nine alphanumerics, and a Luhn check digit over the digits
 * the letters expand to (A = 10 ... Z = 35).
 */
public final class IsinCheck {
    private IsinCheck() {
    }

    public static boolean isValid(String isin) {
        if (isin == null || isin.length() != 12 || !isin.substring(0, 2).chars().allMatch(c -> c >= 'A' && c <= 'Z')
                || !Character.isDigit(isin.charAt(11))) {
            return false;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            char c = isin.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                digits.append(c - 'A' + 10);
            } else {
                return false;
            }
        }
        digits.append(isin.charAt(11));
        return luhnValid(digits);
    }

    private static boolean luhnValid(CharSequence digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int value = digits.charAt(i) - '0';
            if (doubled) {
                value *= 2;
            }
            sum += value / 10 + value % 10;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
