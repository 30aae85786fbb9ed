package org.caq.benchmark.review;

/** What assignment needs to know of an application: who applies, from where, through which unit. */
record Candidate(String number, String enterpriseName, String province, String recommendingUnit) {
}
