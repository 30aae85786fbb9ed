package org.caq.benchmark;

/** Not allowed in the case's current state (HTTP 409); the message says what is allowed, in Chinese. */
public class StateConflict extends RuntimeException {

    public StateConflict(String message) {
        super(message);
    }
}
