/** Preferential recommendation (择优推荐, Measures Art. 17): units recommend within their quota, return or decline. */
package org.caq.benchmark.recommendation;
