package org.caq.benchmark.application;

import java.util.List;
import org.caq.benchmark.NotFound;
import org.caq.benchmark.StateConflict;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.springframework.stereotype.Component;

/**
 * Who may see an application and its materials: its applicant, the officers of its recommending unit, the
 * office, auditors, administrators, and those a later stage adds (the experts reviewing it). Nobody else learns that it exists: an application one may not see is
 * answered exactly like one that does not exist.
 */
@Component
public class ApplicationAccess {

    private final CurrentUser user;
    private final Applications applications;
    private final List<ApplicationReaders> readers;

    ApplicationAccess(CurrentUser user, Applications applications, List<ApplicationReaders> readers) {
        this.user = user;
        this.applications = applications;
        this.readers = readers;
    }

    /** The application if the current user may see it. */
    public Applications.Case readable(String number) {
        return applications.find(number).filter(this::canRead).orElseThrow(() -> new NotVisible("申报 " + number));
    }

    /** The application if the current user is its applicant and it may be changed now. */
    public Applications.Case editable(String number) {
        Applications.Case application = readable(number);
        if (!application.applicantUser().equals(userId()) || !application.status().isEditable()) {
            throw new NotEditable(application);
        }
        return application;
    }

    public boolean canRead(Applications.Case application) {
        return application.applicantUser().equals(userId())
                || user.inAny(RecommendingUnit.groupOf(application.recommendingUnit()), ProcedureGroup.OFFICE.id(),
                        provincialOffice(application), ProcedureGroup.AUDITOR.id(), CurrentUser.ADMINS)
                || readers.stream().anyMatch(reader -> reader.mayRead(application.number(), userId()));
    }

    /** The provincial office whose selection the application is in (its number starts with the campaign's). */
    private static String provincialOffice(Applications.Case application) {
        String directory = application.campaignNumber().substring(application.campaignNumber().indexOf('-') + 1);
        return ProcedureGroup.officeOf(directory);
    }

    /** Whether the current user is an officer of the application's recommending unit. */
    boolean isUnitOfficer(Applications.Case application) {
        return user.inAny(RecommendingUnit.groupOf(application.recommendingUnit()));
    }

    boolean isApplicant(Applications.Case application) {
        return application.applicantUser().equals(userId());
    }

    String userId() {
        return user.id();
    }

    /** Not found, or not for this user: the same answer, so that nothing leaks. */
    public static class NotVisible extends NotFound {
        public NotVisible(String what) {
            super(what + " 不存在，或您无权查看。");
        }
    }

    public static class NotEditable extends StateConflict {
        NotEditable(Applications.Case application) {
            super("申报 " + application.number() + " 当前状态为“" + application.status().displayName()
                    + "”，只有申报单位在上传材料、退回修改或补正阶段才能更改材料。");
        }
    }
}
