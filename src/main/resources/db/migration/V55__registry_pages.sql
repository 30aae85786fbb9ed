-- The public registry is read a page at a time, newest year first (issue 19: ten years of the whole country's titles
-- are thousands of rows). The year a title was awarded for is its campaign's; kept on the title so that one index
-- walks the registry in its order and a page costs the same in year 10 as in year 1.
alter table benchmark_title add column campaign_year integer;
update benchmark_title t set campaign_year = (select c.campaign_year from campaign c where c.number = t.campaign_number);
alter table benchmark_title alter column campaign_year set not null;
create index benchmark_title_registry_ix on benchmark_title (campaign_year desc, number);
