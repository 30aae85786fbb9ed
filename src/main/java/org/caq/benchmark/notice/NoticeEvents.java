package org.caq.benchmark.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.caq.benchmark.application.ApplicationCases;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.CaseRecords;
import org.caq.benchmark.publicity.Objection;
import org.caq.benchmark.publicity.ObjectionCases;
import org.caq.benchmark.publicity.Publicities;
import org.caq.benchmark.recommendingunit.LevelRule;
import org.caq.benchmark.title.BenchmarkTitle;
import org.caq.benchmark.title.Revocation;
import org.caq.benchmark.title.TitleCases;
import org.caq.benchmark.title.Titles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the procedure's events into notices, keyed by the models' element ids and heard through Camunda's Spring
 * eventing (every task and activity is published), so no model or delegate changes: an application's status changes
 * (returned, supplement requested, each stage passed or failed, awarded), publicity listing, objections and their
 * outcome, revocation, and work arriving for anyone but the office (whose staff work in Tasklist all day). Whatever
 * goes wrong here is logged and the case goes on.
 */
@Component
class NoticeEvents {

    private static final Logger log = LoggerFactory.getLogger(NoticeEvents.class);

    private final Applications applications;
    private final Publicities publicities;
    private final ApplicationCases applicationCases;
    private final CampaignCases campaignCases;
    private final ObjectionCases objectionCases;
    private final TitleCases titleCases;
    private final Titles titles;
    private final Recipients recipients;
    private final NoticeTexts texts;
    private final Signers signers;
    private final Outbox outbox;
    private final List<String> quietGroups;

    NoticeEvents(Applications applications, ApplicationCases applicationCases, CampaignCases campaignCases,
            Publicities publicities, ObjectionCases objectionCases, TitleCases titleCases, Titles titles,
            Recipients recipients, NoticeTexts texts, Signers signers, Outbox outbox,
            @Value("${benchmark.notices.quiet-groups:office,office-*}") List<String> quietGroups) {
        this.applications = applications;
        this.applicationCases = applicationCases;
        this.campaignCases = campaignCases;
        this.publicities = publicities;
        this.objectionCases = objectionCases;
        this.titleCases = titleCases;
        this.titles = titles;
        this.recipients = recipients;
        this.texts = texts;
        this.signers = signers;
        this.outbox = outbox;
        this.quietGroups = quietGroups;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void taskCreated(DelegateTask task) {
        safely(task.getProcessInstanceId(), () -> {
            boolean application = ApplicationProcess.KEY.equals(keyOf(task.getProcessDefinitionId()));
            if (application) {
                // a due date concerns the applicant only on its own tasks (revision, supplement)
                statusChanged(task.getExecution(), task.getTaskDefinitionKey(), task.getAssignee() == null ? null : task.getDueDate());
            }
            if (!application || task.getAssignee() == null) {
                workArrived(task);
            }
        });
    }

    @EventListener
    public void activity(DelegateExecution execution) {
        String event = execution.getEventName();
        // a process instance that ends or is cancelled as a whole is published without a current activity
        if (!"start".equals(event) && !"end".equals(event) || execution.getCurrentActivityId() == null) {
            return;
        }
        String key = keyOf(execution.getProcessDefinitionId());
        String element = execution.getCurrentActivityId();
        safely(execution.getProcessInstanceId(), () -> {
            if ("start".equals(event) && ApplicationProcess.KEY.equals(key) && !element.startsWith("UserTask_")) {
                statusChanged(execution, element, null);
            } else if ("end".equals(event) && CampaignProcess.KEY.equals(key) && CampaignProcess.SERVICE_TASK_PUBLISH_PUBLICITY.equals(element)) {
                listed(campaignCases.numberOf(execution));
            } else if ("start".equals(event) && PublicityProcess.OBJECTION_KEY.equals(key)) {
                objection(execution, element);
            } else if ("start".equals(event) && TitleProcess.REVOCATION_KEY.equals(key) && TitleProcess.END_EVENT_TITLE_REVOKED.equals(element)) {
                revoked(execution);
            }
        });
    }

    private void statusChanged(DelegateExecution execution, String element, java.util.Date due) {
        ApplicationStatus status = ApplicationStatus.ofElement(element).orElse(null);
        if (status == null) {
            return;
        }
        Applications.Case c = applicationCases.of(execution);
        String reason = status.reasonVariable().map(execution::getVariable).map(String::valueOf).orElse(null);
        String office = signers.ofCampaign(c.campaignNumber()).officeName();
        NoticeTexts.Text text = texts.status(c.number(), c.application().benchmarkName(), status.displayName(), reason,
                due == null ? null : due.toInstant(), office);
        outbox.write(new Notice.Draft("STATUS_" + status.name(), execution.getProcessInstanceId(), c.number(),
                text.subject(), text.body(), null, office), recipients.users(Set.of(c.applicantUser())));
    }

    private void workArrived(DelegateTask task) {
        List<Recipients.Recipient> to = recipients.ofTask(task.getAssignee(), new ArrayList<>(task.getCandidates()),
                group -> quietGroups.stream().noneMatch(q -> q.endsWith("*") ? group.startsWith(q.substring(0, q.length() - 1))
                        : group.equals(q)));
        if (to.isEmpty()) {
            return;
        }
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        String key = CaseRecords.shownKey(task.getExecution());
        String office = signers.ofCase(task.getProcessInstanceId()).officeName();
        NoticeTexts.Text text = texts.workArrived(task.getName(), processName(task), key, due, office);
        outbox.write(new Notice.Draft("WORK_ARRIVED", task.getProcessInstanceId(), key,
                text.subject(), text.body(), "task:" + task.getId(), office), to);
    }

    private void listed(String campaign) {
        String office = signers.ofCampaign(campaign).officeName();
        publicities.find(campaign).ifPresent(publicity -> publicity.listed().forEach(entry -> {
            Applications.Case c = applications.find(entry.applicationNumber()).orElseThrow();
            NoticeTexts.Text text = texts.listed(c.number(), c.application().benchmarkName(),
                    publicity.startsOn().getYear() + "年质量标杆推荐名单公示", publicity.startsOn().toString(),
                    publicity.endsOn().toString(), office);
            outbox.write(new Notice.Draft("LISTED", applications.processInstanceOf(c.number()).orElse(null), c.number(),
                    text.subject(), text.body(), "listed:" + campaign + ":" + c.number(), office),
                    recipients.users(Set.of(c.applicantUser())));
        }));
    }

    private void objection(DelegateExecution execution, String element) {
        boolean received = PublicityProcess.START_EVENT_OBJECTION_RECEIVED.equals(element);
        boolean upheld = PublicityProcess.END_EVENT_OBJECTION_UPHELD.equals(element);
        if (!received && !upheld && !PublicityProcess.END_EVENT_OBJECTION_DISMISSED.equals(element)) {
            return;
        }
        Objection objection = objectionCases.of(execution);
        Applications.Case c = applications.find(objection.applicationNumber()).orElseThrow();
        String office = signers.ofCampaign(c.campaignNumber()).officeName();
        NoticeTexts.Text text = received
                ? texts.objectionReceived(c.number(), c.application().benchmarkName(), objection.number(), office)
                : texts.objectionDecided(c.number(), c.application().benchmarkName(), objection.number(), upheld, office);
        // the process's own start and end are published with the same element as the start and end events: one key
        String event = received ? "OBJECTION_RECEIVED" : "OBJECTION_DECIDED";
        outbox.write(new Notice.Draft(event, applications.processInstanceOf(c.number()).orElse(null), c.number(),
                text.subject(), text.body(), event + ":" + objection.number(), office),
                recipients.users(Set.of(c.applicantUser())));
    }

    private void revoked(DelegateExecution execution) {
        Revocation revocation = titleCases.revocationOf(execution).orElseThrow();
        BenchmarkTitle title = titles.find(revocation.titleNumber()).orElseThrow();
        Applications.Case c = applications.find(title.applicationNumber()).orElseThrow();
        LevelRule rule = signers.ofCampaign(c.campaignNumber());
        NoticeTexts.Text text = texts.revoked(title.number(), c.application().benchmarkName(), revocation.groundText(),
                rule.titleName(), rule.revocationBasis(), rule.revokerName());
        outbox.write(new Notice.Draft("REVOKED", execution.getProcessInstanceId(), revocation.number(), text.subject(),
                text.body(), "revoked:" + revocation.number(), rule.revokerName()), recipients.users(Set.of(title.holderUser())));
    }

    private static String processName(DelegateTask task) {
        String key = keyOf(task.getProcessDefinitionId());
        Process process = task.getBpmnModelInstance().getModelElementById(key);
        return process == null || process.getName() == null ? key : process.getName();
    }

    /** A process definition id is {@code key:version:id}. */
    private static String keyOf(String processDefinitionId) {
        return processDefinitionId == null ? "" : processDefinitionId.substring(0, processDefinitionId.indexOf(':'));
    }

    private static void safely(String processInstanceId, Runnable notice) {
        try {
            notice.run();
        } catch (RuntimeException e) {
            log.error("No notice for an event of case {}; the case goes on without it", processInstanceId, e);
        }
    }
}
