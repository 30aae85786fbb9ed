package org.caq.benchmark.recommendingunit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RecommendingUnitsController {

    private final RecommendingUnits units;

    RecommendingUnitsController(RecommendingUnits units) {
        this.units = units;
    }

    @GetMapping("/api/recommending-units")
    List<RecommendingUnitView> all() {
        return units.all().stream().map(RecommendingUnitView::of).toList();
    }

    record RecommendingUnitView(String code, String name, RecommendingUnit.Kind kind, int defaultQuota,
            String group) {

        static RecommendingUnitView of(RecommendingUnit unit) {
            return new RecommendingUnitView(unit.code(), unit.name(), unit.kind(), unit.defaultQuota(), unit.groupId());
        }
    }
}
