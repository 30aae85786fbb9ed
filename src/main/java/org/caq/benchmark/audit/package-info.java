/** What auditors read: the full trail of any case, running or finished, and its downloadable dossier. */
package org.caq.benchmark.audit;
