/** Who takes part: the groups of the procedure, their grants in the engine, Tasklist filters and request authentication. */
package org.caq.benchmark.identity;
