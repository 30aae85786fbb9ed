package org.caq.benchmark.calendar;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.SystemCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a year an administrator typed from the State Council's notice and wakes every case that waits for it
 * (a publicity whose end fell in that year): in one transaction, so a refused year wakes nobody.
 */
@Service
class CalendarYearAddition {

    private static final Logger log = LoggerFactory.getLogger(CalendarYearAddition.class);

    private final HolidayArrangements arrangements;
    private final HolidayYears years;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final int statutoryDays;

    CalendarYearAddition(HolidayArrangements arrangements, HolidayYears years, RuntimeService runtime, IdentityService identity,
            @Value("${benchmark.calendar.statutory-holiday-days:13}") int statutoryDays) {
        this.arrangements = arrangements;
        this.years = years;
        this.runtime = runtime;
        this.identity = identity;
        this.statutoryDays = statutoryDays;
    }

    record Added(int year, int workingDays, int resumedCases) {
    }

    @Transactional
    Added add(ArrangementForm form, String addedBy) {
        LocalDate today = BeijingTime.today();
        Arrangement arrangement = form.validate(arrangements.calendar(), statutoryDays, today.getYear(), addedBy, BeijingTime.now());
        years.insert(arrangement);
        int resumed = SystemCalls.call(identity, () -> runtime.createMessageCorrelation(HolidayArrangements.YEAR_ADDED_MESSAGE)
                .correlateAllWithResult().size());
        log.info("Holiday arrangement {} ({}) added by {}; {} waiting case(s) resumed", arrangement.year(),
                arrangement.noticeNumber(), addedBy, resumed);
        return new Added(arrangement.year(), arrangements.calendar().workingDaysIn(arrangement.year()), resumed);
    }
}
