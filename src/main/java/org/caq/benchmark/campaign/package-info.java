/** The annual selection at one level (年度遴选活动): its settings, its notice and, later, its batch stages. */
package org.caq.benchmark.campaign;
