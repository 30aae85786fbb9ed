-- The provincial titles an enterprise holds are found by its credit code alone, across campaigns
-- (Titles.provincialInForceHeldBy, for each national application). The index of V3 leads with the campaign, so
-- PostgreSQL read all of it for this query: 1.8 ms a call in the whole country's first year, 4.5 ms in its ninth
-- (80,000 applications; issue 19's ten-year run). Led by the credit code, it reads the enterprise's few applications.
create index application_credit_code_only_ix on application (credit_code);
