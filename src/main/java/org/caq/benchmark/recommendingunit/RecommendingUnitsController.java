package org.caq.benchmark.recommendingunit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RecommendingUnitsController {

    private final RecommendingUnits units;

    RecommendingUnitsController(RecommendingUnits units) {
        this.units = units;
    }

    /** The national directory by default; {@code ?directory=jiangsu} for a province's own. */
    @GetMapping("/api/recommending-units")
    List<RecommendingUnitView> all(@RequestParam(defaultValue = RecommendingUnit.NATIONAL) String directory) {
        return units.inDirectory(directory).stream().map(RecommendingUnitView::of).toList();
    }

    record RecommendingUnitView(String code, String directory, String name, RecommendingUnit.Kind kind,
            int defaultQuota, String group) {

        static RecommendingUnitView of(RecommendingUnit unit) {
            return new RecommendingUnitView(unit.code(), unit.directory(), unit.name(), unit.kind(),
                    unit.defaultQuota(), unit.groupId());
        }
    }
}
