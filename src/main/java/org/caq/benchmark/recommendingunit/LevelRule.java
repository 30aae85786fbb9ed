package org.caq.benchmark.recommendingunit;

/**
 * What one level's own notice fixes for its campaigns (directory/level-rules.csv): the title it confers, who runs the
 * selection and manages the titles, who decides the results, whether the list must be publicised, who decides a
 * revocation and the rule its notice cites, and (a province) what its notice says of its titles in the national
 * selection, and how many of its titles first recommended by one of its own units it may nominate to a national campaign
 * ({@code null}: no limit but the national unit's quota).
 */
public record LevelRule(String directory, String titleName, String officeName, String approverGroup, String approverName,
        boolean publicityRequired, String revokerGroup, String revokerName, String revocationBasis, String nationalPreference,
        Integer nominationsPerUnit) {
}
