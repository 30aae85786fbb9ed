-- Each case's record is found by the process instance that works on it (CaseLabels names every new task this way, the
-- notices find their signer this way, the *Cases beans check ownership this way): one index per case table.
create index application_process_ix on application (process_instance_id);
create index campaign_process_ix on campaign (process_instance_id);
create index deliberation_case_process_ix on deliberation_case (process_instance_id);
create index objection_process_ix on objection (process_instance_id);
create index benchmark_title_process_ix on benchmark_title (process_instance_id);
create index revocation_process_ix on revocation (process_instance_id);
create index exchange_activity_process_ix on exchange_activity (process_instance_id);
create index national_nomination_process_ix on national_nomination (process_instance_id);
