package org.caq.benchmark.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Decision 0021: an objection is upheld by more than half of the members called to vote, and no fewer. */
class ObjectionTallyTest {

    @Test
    void upholds_only_with_more_than_half_of_the_roster_so_a_tie_or_half_dismisses() {
        assertThat(new ObjectionVotes.Tally(4, 3, 1).upheld()).isTrue();
        assertThat(new ObjectionVotes.Tally(4, 2, 2).upheld()).as("a tie").isFalse();
        assertThat(new ObjectionVotes.Tally(4, 2, 0).upheld()).as("half, the rest not voted").isFalse();
        assertThat(new ObjectionVotes.Tally(7, 4, 0).upheld()).isTrue();
        assertThat(new ObjectionVotes.Tally(7, 3, 4).upheld()).isFalse();
    }

    @Test
    void is_settled_once_the_votes_still_to_come_cannot_change_the_outcome() {
        assertThat(new ObjectionVotes.Tally(7, 4, 0).settled()).as("a majority upholds").isTrue();
        assertThat(new ObjectionVotes.Tally(7, 3, 0).settled()).isFalse();
        assertThat(new ObjectionVotes.Tally(7, 0, 4).settled()).as("upholding can no longer reach a majority").isTrue();
        assertThat(new ObjectionVotes.Tally(7, 3, 3).settled()).isFalse();
        assertThat(new ObjectionVotes.Tally(4, 0, 2).settled()).as("at most half could still uphold").isTrue();
        assertThat(new ObjectionVotes.Tally(4, 1, 1).settled()).isFalse();
    }
}
