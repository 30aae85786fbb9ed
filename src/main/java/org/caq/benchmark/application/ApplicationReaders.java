package org.caq.benchmark.application;

/**
 * Later stages that give more people a view of an application (the experts reviewing it) say so here, so that
 * this package need not know them.
 */
public interface ApplicationReaders {

    boolean mayRead(String applicationNumber, String userId);
}
