-- The records' retention (decision 0077) looks for applications older than the engine's time to live each night:
-- an index range over the start, not a scan of every application of the years kept.
create index application_submitted_ix on application (submitted_at);
