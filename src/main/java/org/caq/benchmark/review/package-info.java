/**
 * Expert review (Measures Art. 11–15, 19–20): the expert pool and the year's committee, conflict-free assignment,
 * material and defense review with scores, aggregation, group deliberation, site verification and the
 * ministry's consultation on the preliminary list.
 */
package org.caq.benchmark.review;
