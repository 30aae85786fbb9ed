-- Whether a campaign publicises its preliminary list (Art. 21); a level whose notice has none (Jiangsu, seed 002)
-- may leave it out when the campaign is started. Campaigns from before the choice publicised theirs.
alter table campaign add column with_publicity boolean default true not null;

-- The preliminary list of a campaign run without publicity is kept as a publicity row that was never published
-- (not on the public pages, closed at once): the final list is drawn from it as from a publicised one.
alter table publicity add column publicised boolean default true not null;
