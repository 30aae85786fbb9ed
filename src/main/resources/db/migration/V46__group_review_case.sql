-- A specialist group's review at one stage runs as a process the campaign calls (issue 16, decision 0062): the record
-- names the instance that owns it, as deliberation_case does for the deliberation it calls in turn.
create table group_review_case (
    campaign_number     varchar(40) not null,
    group_code          varchar(20) not null,
    stage               varchar(10) not null,
    process_instance_id varchar(64) not null,
    primary key (campaign_number, group_code, stage)
);
create index group_review_case_process_ix on group_review_case (process_instance_id);

-- the review case is no longer started with its variables: it reads them from the assignment, the reminder included
alter table review_assignment add column reminder_at timestamp;
