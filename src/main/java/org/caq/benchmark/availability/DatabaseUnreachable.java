package org.caq.benchmark.availability;

/**
 * Thrown by code that learns the database is unreachable before asking it (the outage is already known); answered
 * like any other failure to reach the database: 503 with Retry-After.
 */
public class DatabaseUnreachable extends RuntimeException {

    public DatabaseUnreachable() {
        super("the database cannot be reached");
    }
}
