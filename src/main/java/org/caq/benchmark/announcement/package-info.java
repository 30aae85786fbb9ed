/** The final list, its approval and the year's announcement of quality benchmarks (Measures Art. 22). */
package org.caq.benchmark.announcement;
