package org.caq.benchmark.formreview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.application.ApplicationCases;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.documents.Document;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.documents.Documents;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.stereotype.Component;

/** Runs the automatic eligibility check and leaves its findings for the officer's form review task. */
@Component
class CheckEligibilityDelegate implements JavaDelegate {

    private final Applications applications;
    private final Campaigns campaigns;
    private final RecommendingUnits units;
    private final Documents documents;
    private final DocumentStore store;
    private final ApplicationCases cases;

    CheckEligibilityDelegate(Applications applications, Campaigns campaigns, RecommendingUnits units,
            Documents documents, DocumentStore store, ApplicationCases cases) {
        this.applications = applications;
        this.campaigns = campaigns;
        this.units = units;
        this.documents = documents;
        this.store = store;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Applications.Case c = cases.of(execution);
        Campaign campaign = campaigns.find(c.campaignNumber()).orElseThrow();
        boolean unitInDirectory = units.find(c.recommendingUnit())
                .filter(unit -> unit.directory().equals(campaign.directory())).isPresent();
        List<Document> stored = documents.of(c.number());
        EligibilityCheck.Context context = new EligibilityCheck.Context(campaign, unitInDirectory,
                Documents.missingRequired(stored), intact(stored),
                applications.othersOfEnterprise(c.campaignNumber(), c.application().creditCode(), c.number()));
        List<Finding> findings = EligibilityCheck.findings(c.application(), context);
        execution.setVariable(ApplicationProcess.ELIGIBILITY_FINDINGS,
                findings.stream().map(Finding::toString).collect(Collectors.joining("\n\n")));
    }

    private boolean intact(List<Document> stored) {
        for (Document document : stored) {
            try (var ignored = store.openVerified(document)) {
                // opening verifies the checksum
            } catch (DocumentStore.CorruptDocument | IOException | UncheckedIOException e) {
                return false;
            }
        }
        return true;
    }
}
