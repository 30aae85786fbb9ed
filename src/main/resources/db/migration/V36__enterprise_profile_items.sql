-- Seed 001 annex 3 §1(1)3: the items of the enterprise profile that are facts rather than prose, captured as such
-- (the rest stays the 500-character profile, whose prompt lists every item). Applications from before stay without.
alter table application add column legal_representative varchar(20);
alter table application add column enterprise_nature varchar(20);
alter table application add column founded_year integer;
alter table application add column industry_code varchar(5);
