/** Form review (形式审查, Measures Art. 18): the automatic eligibility check and the office's decision. */
package org.caq.benchmark.formreview;
