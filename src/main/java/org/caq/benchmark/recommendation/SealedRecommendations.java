package org.caq.benchmark.recommendation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.application.RecommendationDigest;
import org.caq.benchmark.documents.PrintedForms;
import org.caq.benchmark.documents.SealedForms;
import org.springframework.stereotype.Component;

/**
 * The unit fills and seals its 推荐表 for the office (seed 001 §1(2)2 "推荐单位填写推荐表并加盖公章"): an application goes
 * to form review only with a sealed copy uploaded that is not shown to belong to other content. A scan without a
 * readable code counts (the office checks it by eye, docs/documents.md); a copy of an earlier version or of another
 * application does not.
 */
@Component
class SealedRecommendations {

    private static final Set<SealedForms.Result> STANDS = EnumSet.of(SealedForms.Result.MATCHES,
            SealedForms.Result.DECLARED, SealedForms.Result.UNVERIFIED);

    private final SealedForms sealed;

    SealedRecommendations(SealedForms sealed) {
        this.sealed = sealed;
    }

    void require(Applications.Case c) {
        List<SealedForms.Check> checks = sealed.checks(c.number(), PrintedForms.Kind.RECOMMENDATION_FORM,
                RecommendationDigest.of(c));
        if (checks.stream().anyMatch(check -> STANDS.contains(check.result()))) {
            return;
        }
        String where = "请在申报材料页面（/materials.html?application=" + c.number() + "）下载推荐表，加盖本单位公章后在“加盖公章的推荐表”处上传，再推荐。";
        if (checks.isEmpty()) {
            throw new InvalidInput("推荐前须上传加盖本单位公章的推荐表（缺少：加盖公章的推荐表）：" + where);
        }
        throw new InvalidInput("已上传的推荐表与申报 " + c.number() + " 当前的内容不一致（"
                + checks.get(checks.size() - 1).resultName() + "）：" + where);
    }
}
