package org.caq.benchmark.application;

import java.util.List;
import java.util.stream.Collectors;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.documents.DocumentKind;
import org.caq.benchmark.documents.Documents;
import org.springframework.stereotype.Component;

/** An application goes forward only with its typical-experience document and its sealed application form. */
@Component
class RequiredMaterials {

    private final Documents documents;

    RequiredMaterials(Documents documents) {
        this.documents = documents;
    }

    void requireComplete(String applicationNumber) {
        List<DocumentKind> missing = documents.missingRequired(applicationNumber);
        if (!missing.isEmpty()) {
            throw new InvalidInput("请先上传" + missing.stream().map(DocumentKind::displayName)
                    .collect(Collectors.joining("、")) + "，再提交。");
        }
    }
}
