/** Who takes part: the groups of the procedure, their grants in the engine, demo users, and request authentication. */
package org.caq.benchmark.identity;
