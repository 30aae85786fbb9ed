package org.caq.benchmark.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.calendar.WorkingDayCalendar;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/**
 * Publishes the preliminary list for 10 working days from the chosen start (Art. 21). The end comes from the
 * State Council's holiday arrangement. A period reaching a year without one is never guessed: publication waits
 * ({@link PublicityProcess#CALENDAR_NOT_COVERED}) until an administrator adds the year, then starts on the first
 * working day from the chosen start, or from the day it resumes if that has passed.
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
        LocalDate chosen = form.date(PublicityProcess.PUBLICITY_START, "公示开始日期");
        boolean national = cases.of(execution).level() == CampaignLevel.NATIONAL;
        PublicationChannels channels = PublicationChannels.read(form, PublicityProcess.PUBLICITY_CHANNELS,
                PublicityProcess.PUBLICITY_CHANNEL_NOTE, PublicationChannel.PUBLICITY,
                national ? PublicationChannel.PUBLICITY_NATIONAL : List.of(), "《全国质量标杆遴选管理办法》第二十一条");
        int handlingDays = execution.getVariable(PublicityProcess.OBJECTION_HANDLING_DAYS) == null
                ? PublicityProcess.DEFAULT_OBJECTION_HANDLING_DAYS
                : form.integer(PublicityProcess.OBJECTION_HANDLING_DAYS, "异议办理期限（公示期满后工作日数）", 1,
                        PublicityProcess.MAX_OBJECTION_HANDLING_DAYS);
        LocalDate today = LocalDate.now(clock);
        boolean resumed = execution.getVariable(PublicityProcess.MISSING_CALENDAR_YEAR) != null;
        if ((!resumed && chosen.isBefore(today)) || chosen.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidInput("公示开始日期须在今天（" + today + "）至 " + MAX_DAYS_AHEAD + " 天内（当前值：" + chosen + "）。");
        }
        String campaign = cases.numberOf(execution);
        WorkingDayCalendar.Period period = period(execution, resumed ? later(chosen, today) : chosen, resumed);
        LocalDate objectionsDueOn = bound(execution, period.end(), handlingDays);
        execution.setVariable(PublicityProcess.MISSING_CALENDAR_YEAR, null);
        publicities.publish(campaign, period, objectionsDueOn, channels, Actor.of(execution), applications.inCampaign(campaign).stream()
                .filter(c -> c.status() == ApplicationStatus.ON_PRELIMINARY_LIST).toList());
        campaigns.moveTo(campaign, CampaignStatus.PUBLICITY);
    }

    private WorkingDayCalendar.Period period(DelegateExecution execution, LocalDate from, boolean resumed) {
        WorkingDayCalendar calendar = arrangements.calendar();
        try {
            LocalDate start = from;
            while (resumed && !calendar.isWorkingDay(start)) {
                start = start.plusDays(1);
            }
            if (!calendar.isWorkingDay(start)) {
                throw new InvalidInput("公示开始日期须为工作日（" + start + " 是休息日或法定节假日）。");
            }
            return calendar.period(start, PublicityProcess.WORKING_DAYS);
        } catch (WorkingDayCalendar.CalendarNotCovered e) {
            execution.setVariable(PublicityProcess.MISSING_CALENDAR_YEAR, e.year());
            throw new BpmnError(PublicityProcess.CALENDAR_NOT_COVERED, "无法计算公示期：" + e.getMessage());
        }
    }

    /** The office's bound for settling objections: so many working days after the period's last one. */
    private LocalDate bound(DelegateExecution execution, LocalDate periodEnd, int handlingDays) {
        WorkingDayCalendar calendar = arrangements.calendar();
        try {
            LocalDate next = periodEnd.plusDays(1);
            while (!calendar.isWorkingDay(next)) {
                next = next.plusDays(1);
            }
            return calendar.period(next, handlingDays).end();
        } catch (WorkingDayCalendar.CalendarNotCovered e) {
            execution.setVariable(PublicityProcess.MISSING_CALENDAR_YEAR, e.year());
            throw new BpmnError(PublicityProcess.CALENDAR_NOT_COVERED, "无法计算异议办理期限：" + e.getMessage());
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
