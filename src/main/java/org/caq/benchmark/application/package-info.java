/** Self-application (自愿申报, Measures Art. 16): one case per application, its data, status and rules. */
package org.caq.benchmark.application;
