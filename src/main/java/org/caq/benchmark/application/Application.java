package org.caq.benchmark.application;

import java.math.BigDecimal;
import java.util.List;

/** One application (申报经验) as the enterprise filled it in; its declarations (Art. 9) were all made. */
public record Application(
        String benchmarkName,
        String enterpriseName,
        /** The short form the benchmark name may start with instead of the full name; null when none. */
        String enterpriseShortName,
        String creditCode,
        String abstractText,
        String enterpriseProfile,
        String methodApplication,
        String effects,
        SelectionCategory category,
        boolean sme,
        String industry,
        String region,
        String recommendingUnit,
        int methodSinceYear,
        String contactName,
        String contactPhone,
        /** Net profit in 10,000 yuan of the three years before the campaign year, oldest first. */
        List<BigDecimal> profits,
        /** The profile's facts (seed 001 annex 3 §1(1)3); null on applications filed before they were asked. */
        String legalRepresentative,
        String enterpriseNature,
        Integer foundedYear,
        /** GB/T 4754-2017, e.g. C34 or C3421. */
        String industryCode) {
}
