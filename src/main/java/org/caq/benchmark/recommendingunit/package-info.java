/**
 * The directories (推荐单位名录) of each level: the recommending units with their default quotas and regions, and
 * what each level's own notice fixes for its campaigns (LevelRules: title, office, approver, rules of the notice).
 */
package org.caq.benchmark.recommendingunit;
