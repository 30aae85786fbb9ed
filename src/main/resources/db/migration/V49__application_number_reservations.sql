-- An application number handed out but not yet used by a committed application (issue 19, decision 0071). A start
-- takes the number in a short transaction of its own, which leaves this row; the start deletes the row in its own
-- transaction. Committed: the application holds the number. Rolled back: the row is back, and the next start of the
-- campaign takes its number first, so numbers stay gap-free without the campaign row locked for a whole start.
create table application_number_reservation (
    campaign_number varchar(40) not null references campaign (number),
    seq             integer     not null,
    primary key (campaign_number, seq)
);
