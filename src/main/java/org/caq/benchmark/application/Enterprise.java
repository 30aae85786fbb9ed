package org.caq.benchmark.application;

/** The enterprise an applicant account applies as: its unified social credit code and its registered name. */
public record Enterprise(String creditCode, String name) {
}
