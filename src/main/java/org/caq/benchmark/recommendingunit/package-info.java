/** The directory of recommending units (推荐单位名录) and their default quotas. */
package org.caq.benchmark.recommendingunit;
