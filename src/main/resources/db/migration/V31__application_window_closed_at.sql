-- When a campaign's application window actually closed: its timer, or earlier where the office (or the demo) ran it
-- early. A refusal to apply names this day, not the closing date first announced.
alter table campaign add column application_closed_at timestamp;
