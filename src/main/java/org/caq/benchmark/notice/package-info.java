/** E-mail notices: written to an outbox with the event that causes them, sent afterwards with retries, kept in the case's trail. */
package org.caq.benchmark.notice;
