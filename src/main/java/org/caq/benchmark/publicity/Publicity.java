package org.caq.benchmark.publicity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign's published list and its period; {@code closedAt} is set once publicity is over and no objection is open.
 * Not {@code publicised}: the list of a campaign run without publicity, never shown and closed from the start.
 * {@code objectionsDueOn}: the bound the office set for settling every objection (null before offices set one).
 */
public record Publicity(String campaignNumber, LocalDate startsOn, LocalDate endsOn, int workingDays, PublicationChannels channels,
        Instant closedAt, List<Entry> entries, boolean publicised, LocalDate objectionsDueOn) {

    /** The day every objection is to be settled by: the office's bound, or the period's end where none was set. */
    public LocalDate objectionBound() {
        return objectionsDueOn == null ? endsOn : objectionsDueOn;
    }

    /** One published application; {@code outcome} is set when it leaves the list. */
    public record Entry(String applicationNumber, int position, String benchmarkName, String enterpriseName,
            Outcome outcome, String outcomeNote) {

        public boolean listed() {
            return outcome == null;
        }
    }

    public enum Outcome {
        OBJECTION_UPHELD("经异议调查核实并经评审委员会审议，已撤出名单"),
        LEFT_OFF("未列入遴选结果");

        private final String displayName;

        Outcome(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** Whether objections are accepted on this day: within the period, and publicity not closed. */
    public boolean acceptsObjectionsOn(LocalDate day) {
        return closedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public List<Entry> listed() {
        return entries.stream().filter(Entry::listed).toList();
    }
}
