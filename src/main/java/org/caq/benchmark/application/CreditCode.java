package org.caq.benchmark.application;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) that identifies a legal person: 18 characters,
 * the last a check character over the first 17. Characters 3–8 are the registering authority's administrative
 * division code (GB/T 2260), whose first two digits name the province.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18 || !code.substring(0, 17).chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return false;
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17)) && code.substring(2, 8).chars().allMatch(Character::isDigit);
    }

    /** The check character over the first 17 characters (each from the code's alphabet). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The six-digit administrative division code (GB/T 2260) of the registering authority. */
    public static String regionCode(String code) {
        return code.substring(2, 8);
    }

    /** The two-digit province code (GB/T 2260) of the registering authority. */
    public static String provinceCode(String code) {
        return code.substring(2, 4);
    }
}
