package org.caq.benchmark.publicity;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Takes in an objection from anyone during publicity (Art. 21): checks the form, the period and the abuse limits,
 * records it and starts its handling, all in one transaction with the evidence file.
 */
@Component
public class ObjectionIntake {

    /** Refused because one address, or all addresses together, sent too many objections in the last hour. */
    static class TooManyObjections extends RuntimeException {

        private final long retryAfterSeconds;

        private TooManyObjections(String message, Duration retryAfter) {
            super(message);
            this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        static TooManyObjections fromAddress(int limit, Duration retryAfter) {
            return new TooManyObjections("提交过于频繁：同一网络地址每小时最多提交 " + limit + " 件异议，请在 "
                    + minutes(retryAfter) + " 分钟后再试。", retryAfter);
        }

        static TooManyObjections overall(int limit, Duration retryAfter) {
            return new TooManyObjections("当前提交异议的人数过多：全部异议每小时最多受理 " + limit + " 件，请在 "
                    + minutes(retryAfter) + " 分钟后再试；如有急事请联系公示页上所列的公示单位。", retryAfter);
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        private static long minutes(Duration duration) {
            return Math.max(1, (duration.toSeconds() + 59) / 60);
        }
    }

    private static final Duration HOUR = Duration.ofHours(1);

    private final Applications applications;
    private final Publicities publicities;
    private final Objections objections;
    private final Campaigns campaigns;
    private final DocumentStore store;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long maxEvidence;
    private final int perAddressPerHour;
    private final int perHour;

    ObjectionIntake(Applications applications, Publicities publicities, Objections objections, Campaigns campaigns,
            DocumentStore store, RuntimeService runtime, IdentityService identity, PlatformTransactionManager transactions,
            Clock clock, @Value("${benchmark.objections.max-evidence:10MB}") DataSize maxEvidence,
            @Value("${benchmark.objections.per-address-per-hour:5}") int perAddressPerHour,
            @Value("${benchmark.objections.per-hour:60}") int perHour) {
        this.applications = applications;
        this.publicities = publicities;
        this.objections = objections;
        this.campaigns = campaigns;
        this.store = store;
        this.runtime = runtime;
        this.identity = identity;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxEvidence = maxEvidence.toBytes();
        this.perAddressPerHour = perAddressPerHour;
        this.perHour = perHour;
    }

    /** Records the objection and answers its number. {@code evidence} may be null. */
    public String submit(ObjectionForm form, String fileName, InputStream evidence, String clientAddress) {
        if (evidence == null) {
            return transaction.execute(status -> record(form, null, clientAddress));
        }
        return store.saveEvidence(fileName, evidence, maxEvidence, file -> record(form, file, clientAddress));
    }

    private String record(ObjectionForm form, DocumentStore.StoredFile evidence, String clientAddress) {
        String campaign = applications.find(form.applicationNumber()).map(Applications.Case::campaignNumber)
                .orElseThrow(() -> notListed(form.applicationNumber()));
        campaigns.lock(campaign);
        Publicity publicity = publicities.find(campaign).filter(Publicity::publicised)
                .orElseThrow(() -> notListed(form.applicationNumber()));
        if (!accepting(publicity)) {
            throw new InvalidInput("该名单的公示期为 " + publicity.startsOn() + " 至 " + publicity.endsOn()
                    + "，只在公示期内受理异议（今天是 " + LocalDate.now(clock) + "）。");
        }
        if (publicity.listed().stream().noneMatch(e -> e.applicationNumber().equals(form.applicationNumber()))) {
            throw notListed(form.applicationNumber());
        }
        checkRate(clientAddress);
        if (objections.openFromPhone(form.applicationNumber(), form.phone())) {
            throw new InvalidInput("您（联系电话 " + form.phone() + "）对该申报提出的异议正在办理中，请勿重复提交；补充材料请联系"
                    + organiserOf(campaign) + "。");
        }
        String number = objections.nextNumber(campaign);
        objections.insert(number, campaign, form, evidence, clientAddress);
        String instance = SystemCalls.call(identity, () ->
                runtime.startProcessInstanceByKey(PublicityProcess.OBJECTION_KEY, number).getId());
        if (!objections.claim(number, instance).orElseThrow().equals(instance)) {
            throw new IllegalStateException("Objection " + number + " is another process instance's");
        }
        return number;
    }

    /**
     * At most so many objections an hour from one address, and from all addresses together: a burst from many
     * addresses (a botnet, a campaign against a competitor) is slowed too, not only one sender.
     */
    private void checkRate(String clientAddress) {
        Instant since = clock.instant().minus(HOUR);
        Objections.Rate fromAddress = objections.fromAddressSince(clientAddress, since);
        if (fromAddress.count() >= perAddressPerHour) {
            throw TooManyObjections.fromAddress(perAddressPerHour, untilOutOfWindow(fromAddress.oldest()));
        }
        Objections.Rate overall = objections.since(since);
        if (overall.count() >= perHour) {
            throw TooManyObjections.overall(perHour, untilOutOfWindow(overall.oldest()));
        }
    }

    /** When the oldest objection counted leaves the hour, and a new one fits. */
    private Duration untilOutOfWindow(Instant oldest) {
        Duration wait = Duration.between(clock.instant(), oldest.plus(HOUR));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Who runs the campaign, and so handles its objections: CAQ nationally, the province's department in a province. */
    String organiserOf(String campaign) {
        return campaigns.find(campaign).map(Campaign::organiser).orElseThrow();
    }

    /** Objections are taken within the period and until the period's timer has ended it. */
    boolean accepting(Publicity publicity) {
        return publicity.acceptsObjectionsOn(LocalDate.now(clock))
                && campaigns.status(publicity.campaignNumber()).orElseThrow() == CampaignStatus.PUBLICITY;
    }

    private static InvalidInput notListed(String application) {
        return new InvalidInput("申报编号 " + application + " 不在正在公示的名单上：请从公示名单中选择异议涉及的申报。");
    }
}
