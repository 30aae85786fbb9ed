package org.caq.benchmark.application;

import java.util.List;

/**
 * Facts a later stage holds about an applicant that those deciding on a national application must see (a provincial
 * title the enterprise holds, preferred by its province's notice): each stage that holds such facts says so here, so
 * that this package and the deciding stages need not know it.
 */
public interface ApplicationNotes {

    /** The notes on the application, one sentence each; none when there is nothing to note. */
    List<String> on(Applications.Case application);

    /** All notes of all stages, as a task shows them. */
    static String describe(List<ApplicationNotes> notes, Applications.Case application) {
        List<String> all = notes.stream().flatMap(source -> source.on(application).stream()).toList();
        return all.isEmpty() ? "无" : String.join("\n\n", all);
    }
}
