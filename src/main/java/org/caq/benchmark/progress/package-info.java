/**
 * Where cases stand and what comes next, for the people who follow them: the campaigns an office runs (or a unit
 * recommends in) with each one's progress, and an applicant's applications with their dates, next step and deadline.
 */
package org.caq.benchmark.progress;
