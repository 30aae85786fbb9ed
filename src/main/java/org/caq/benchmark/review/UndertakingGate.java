package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.model.DeliberationProcess;
import org.springframework.stereotype.Component;

/**
 * Whose undertaking a review or deliberation case waits for (Art. 15): the campaign and the expert, read from the
 * case's own record, never from variables the expert could set.
 */
@Component("undertakingGate")
public class UndertakingGate {

    /** The expert who signs and the campaign the signature covers. */
    record Signer(String campaign, String userId) {
    }

    private final ReviewCases reviews;
    private final DeliberationCases deliberations;
    private final Undertakings undertakings;

    UndertakingGate(ReviewCases reviews, DeliberationCases deliberations, Undertakings undertakings) {
        this.reviews = reviews;
        this.deliberations = deliberations;
        this.undertakings = undertakings;
    }

    /** Whether the case's expert has signed for its campaign, so its applications may open to them. */
    public boolean signed(DelegateExecution execution) {
        Signer signer = signerOf(execution);
        return undertakings.signed(signer.campaign(), signer.userId());
    }

    /** The expert who signs: the reviewer, or the group's leader. */
    public String signerUserOf(DelegateExecution execution) {
        return signerOf(execution).userId();
    }

    /** Refuses a signature given by anyone but the expert it is asked of (the procedure itself may go on for them). */
    void requireSigner(DelegateExecution execution) {
        if (DeliberationProcess.KEY.equals(processKey(execution))) {
            deliberations.requireRecordedByLeader(execution);
        } else {
            reviews.requireWorkedByExpert(execution);
        }
    }

    Signer signerOf(DelegateExecution execution) {
        if (DeliberationProcess.KEY.equals(processKey(execution))) {
            return new Signer(deliberations.of(execution).campaign(), deliberations.leaderOf(execution));
        }
        return new Signer(reviews.of(execution).campaignNumber(), reviews.expertOf(execution));
    }

    private static String processKey(DelegateExecution execution) {
        return execution.getProcessDefinitionId().substring(0, execution.getProcessDefinitionId().indexOf(':'));
    }
}
