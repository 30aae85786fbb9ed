package org.caq.benchmark.publicity;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.calendar.WorkingDayCalendar;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/**
 * Publishes the preliminary list for 10 working days from the chosen start (Art. 21). The end comes from the
 * State Council's holiday arrangement; a period reaching a year without one is refused, never guessed.
 */
@Component
class PublishPublicityDelegate implements JavaDelegate {

    /** How far ahead the office may schedule the start. */
    static final int MAX_DAYS_AHEAD = 30;

    private final Applications applications;
    private final Publicities publicities;
    private final Campaigns campaigns;
    private final HolidayArrangements arrangements;
    private final Clock clock;
    private final CampaignCases cases;

    PublishPublicityDelegate(Applications applications, Publicities publicities, Campaigns campaigns,
            HolidayArrangements arrangements, Clock clock, CampaignCases cases) {
        this.applications = applications;
        this.publicities = publicities;
        this.campaigns = campaigns;
        this.arrangements = arrangements;
        this.clock = clock;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        LocalDate start = form.date(PublicityProcess.PUBLICITY_START, "公示开始日期");
        String channels = form.optionalText(PublicityProcess.PUBLICITY_CHANNELS, "发布渠道", 1000);
        LocalDate today = LocalDate.now(clock);
        if (start.isBefore(today) || start.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidInput("公示开始日期须在今天（" + today + "）至 " + MAX_DAYS_AHEAD + " 天内（当前值：" + start + "）。");
        }
        WorkingDayCalendar.Period period = period(start);
        String campaign = cases.numberOf(execution);
        publicities.publish(campaign, period, channels, Actor.of(execution), applications.inCampaign(campaign).stream()
                .filter(c -> c.status() == ApplicationStatus.ON_PRELIMINARY_LIST).toList());
        campaigns.moveTo(campaign, CampaignStatus.PUBLICITY);
    }

    private WorkingDayCalendar.Period period(LocalDate start) {
        try {
            WorkingDayCalendar calendar = arrangements.calendar();
            if (!calendar.isWorkingDay(start)) {
                throw new InvalidInput("公示开始日期须为工作日（" + start + " 是休息日或法定节假日）。");
            }
            return calendar.period(start, PublicityProcess.WORKING_DAYS);
        } catch (WorkingDayCalendar.CalendarNotCovered e) {
            throw new InvalidInput("无法计算公示期：" + e.getMessage());
        }
    }
}
