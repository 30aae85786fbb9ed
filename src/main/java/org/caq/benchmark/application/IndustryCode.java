package org.caq.benchmark.application;

import java.util.Map;

/**
 * An industry code of GB/T 4754-2017 (国民经济行业分类), as seed 001 annex 3 §1(1)3 asks for "行业代码": a section letter
 * and a division (two digits), optionally a group (three) or class (four digits), the division within its section.
 */
final class IndustryCode {

    /** Each section's first and last division. */
    private static final Map<Character, int[]> SECTIONS = Map.ofEntries(
            Map.entry('A', new int[] {1, 5}), Map.entry('B', new int[] {6, 12}), Map.entry('C', new int[] {13, 43}),
            Map.entry('D', new int[] {44, 46}), Map.entry('E', new int[] {47, 50}), Map.entry('F', new int[] {51, 52}),
            Map.entry('G', new int[] {53, 60}), Map.entry('H', new int[] {61, 62}), Map.entry('I', new int[] {63, 65}),
            Map.entry('J', new int[] {66, 69}), Map.entry('K', new int[] {70, 70}), Map.entry('L', new int[] {71, 72}),
            Map.entry('M', new int[] {73, 75}), Map.entry('N', new int[] {76, 79}), Map.entry('O', new int[] {80, 82}),
            Map.entry('P', new int[] {83, 83}), Map.entry('Q', new int[] {84, 85}), Map.entry('R', new int[] {86, 90}),
            Map.entry('S', new int[] {91, 97}), Map.entry('T', new int[] {98, 98}));

    private IndustryCode() {
    }

    static boolean isValid(String code) {
        if (code == null || !code.matches("^[A-T]\\d{2,4}$")) {
            return false;
        }
        int[] divisions = SECTIONS.get(code.charAt(0));
        int division = Integer.parseInt(code.substring(1, 3));
        return division >= divisions[0] && division <= divisions[1];
    }
}
