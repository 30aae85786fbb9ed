/** The office's picture of a campaign: counts by unit, category and stage, review progress, scores, objections, overdue work. */
package org.caq.benchmark.dashboard;
