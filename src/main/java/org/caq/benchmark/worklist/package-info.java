/** What staff see of their work in Tasklist: every task names the case it belongs to. */
package org.caq.benchmark.worklist;
