package org.caq.benchmark;

/** A stored record no longer matches what was written (HTTP 500): the office must look, the message says so in Chinese. */
public class DamagedRecord extends RuntimeException {

    public DamagedRecord(String message) {
        super(message);
    }
}
