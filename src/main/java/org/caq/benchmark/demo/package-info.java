/**
 * The demo (profile {@code demo}): its logins and three campaigns brought through the real processes at start-up.
 * Nothing outside this package imports it (PackageCyclesTest), so the product runs the same without it.
 */
package org.caq.benchmark.demo;
