package org.caq.benchmark.review;

/**
 * What assignment needs to know of an application: who applies, the region its credit code registers it in
 * (GB/T 2260, six digits), and the unit that recommended it.
 */
record Candidate(String number, String enterpriseName, String region, String recommendingUnit) {
}
