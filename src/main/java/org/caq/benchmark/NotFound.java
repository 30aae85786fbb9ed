package org.caq.benchmark;

/** The thing asked for does not exist or is not the asker's to see (HTTP 404); the message says which, in Chinese. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
