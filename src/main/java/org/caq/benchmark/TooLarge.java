package org.caq.benchmark;

/** An upload over its limit (HTTP 413); the message names the limit, in Chinese. */
public class TooLarge extends RuntimeException {

    public TooLarge(String message) {
        super(message);
    }
}
