/**
 * Self-application (自愿申报, Measures Art. 16): one case per application, its data, status and rules, and the
 * applicants' accounts, each bound to one enterprise.
 */
package org.caq.benchmark.application;
