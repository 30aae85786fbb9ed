package org.caq.benchmark.application;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.documents.Documents;
import org.caq.benchmark.model.ApplicationProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a 申报回执 each time an application is handed over: when the service task that hands it to the unit (or
 * back after revision or supplement) ends, in the same transaction. Hooked through Camunda's Spring eventing, so the
 * model and its delegates stay as they are.
 */
@Component
class ReceiptRecorder {

    private static final Map<String, Receipts.Occasion> HAND_OVERS = Map.of(
            ApplicationProcess.SERVICE_TASK_SUBMIT_APPLICATION, Receipts.Occasion.SUBMITTED,
            ApplicationProcess.SERVICE_TASK_UPDATE_APPLICATION, Receipts.Occasion.REVISED,
            ApplicationProcess.SERVICE_TASK_UPDATE_SUPPLEMENTED_APPLICATION, Receipts.Occasion.SUPPLEMENTED);

    private final ApplicationCases cases;
    private final Documents documents;
    private final Receipts receipts;

    ReceiptRecorder(ApplicationCases cases, Documents documents, Receipts receipts) {
        this.cases = cases;
        this.documents = documents;
        this.receipts = receipts;
    }

    @EventListener(condition = "#execution.eventName == 'end'")
    public void onEnd(DelegateExecution execution) {
        String element = execution.getCurrentActivityId();
        // a process instance that ends or is cancelled as a whole is published without a current activity
        Receipts.Occasion occasion = element == null ? null : HAND_OVERS.get(element);
        if (occasion == null || !execution.getProcessDefinitionId().startsWith(ApplicationProcess.KEY + ":")) {
            return;
        }
        Applications.Case application = cases.of(execution);
        Authentication person = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        receipts.record(application.number(), occasion, ApplicationDigest.of(application),
                person == null ? null : person.getUserId(), documents.of(application.number()));
    }
}
