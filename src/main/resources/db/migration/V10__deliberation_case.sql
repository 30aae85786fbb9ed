-- Which benchmark-deliberation process instance deliberates a group's stage: the first one that worked on it.
-- Its steps act only while their instance is the one named here (procedure.CaseRecords).
create table deliberation_case (
    campaign_number     varchar(40) not null,
    group_code          varchar(20) not null,
    stage               varchar(10) not null,
    process_instance_id varchar(64) not null,
    primary key (campaign_number, group_code, stage)
);
