/** Publicity of the preliminary list for 10 working days and the objections raised during it (Measures Art. 21). */
package org.caq.benchmark.publicity;
