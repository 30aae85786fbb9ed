/** The annual selection at one level (年度遴选活动): its settings, its notice, its units' quotas and its stages. */
package org.caq.benchmark.campaign;
