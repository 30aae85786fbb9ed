/** Quality benchmark titles: the registry, plaque and promotion duties, and revocation (Measures Art. 23–24). */
package org.caq.benchmark.title;
