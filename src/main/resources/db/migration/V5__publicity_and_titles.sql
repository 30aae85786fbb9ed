-- 公示 (Measures Art. 21): one per campaign, its period in working days and the list as published.
create table publicity (
    campaign_number varchar(40)   not null primary key references campaign (number),
    starts_on       date          not null,
    ends_on         date          not null,
    working_days    integer       not null,
    channels        varchar(1000),
    published_by    varchar(64)   not null,
    published_at    timestamp     not null,
    closed_at       timestamp
);

-- An entry stays once published; an objection upheld or the office's final list marks it off, with the note shown.
create table publicity_entry (
    campaign_number    varchar(40)  not null references publicity (campaign_number),
    application_number varchar(48)  not null references application (number),
    position           integer      not null,
    benchmark_name     varchar(100) not null,
    enterprise_name    varchar(100) not null,
    outcome            varchar(20),
    outcome_note       varchar(1000),
    primary key (campaign_number, application_number)
);

-- 异议: raised by anyone during publicity; investigated by the office, decided by the committee, answered.
create table objection (
    number                varchar(48)   not null primary key,
    campaign_number       varchar(40)   not null references publicity (campaign_number),
    application_number    varchar(48)   not null references application (number),
    objector_name         varchar(50)   not null,
    objector_organisation varchar(100),
    contact_phone         varchar(30)   not null,
    contact_email         varchar(100),
    grounds               varchar(4000) not null,
    evidence_id           varchar(36),
    evidence_file_name    varchar(200),
    evidence_content_type varchar(100),
    evidence_size         bigint,
    evidence_sha256       varchar(64),
    client_address        varchar(64)   not null,
    submitted_at          timestamp     not null,
    status                varchar(20)   not null,
    findings              varchar(2000),
    investigated_by       varchar(64),
    decision_reason       varchar(2000),
    decided_by            varchar(64),
    decided_at            timestamp,
    reply                 varchar(2000),
    replied_by            varchar(64),
    closed_at             timestamp,
    process_instance_id   varchar(64)
);
create index objection_campaign_ix on objection (campaign_number, closed_at);
create index objection_client_ix on objection (client_address, submitted_at);

-- 结果公告 (Art. 22): approved by CAQ (or, one level down, the province), then published (the document's columns).
create table announcement (
    campaign_number    varchar(40)  not null primary key references campaign (number),
    approved_by        varchar(64)  not null,
    approval_reference varchar(100) not null,
    approved_at        timestamp    not null,
    document_number    varchar(60),
    title              varchar(200),
    published_on       date,
    published_by       varchar(64)
);

-- 质量标杆称号 (Art. 23-24): never deleted; a revoked title keeps its row with the date and the ground.
create table benchmark_title (
    number              varchar(48)   not null primary key,
    application_number  varchar(48)   not null unique references application (number),
    campaign_number     varchar(40)   not null references announcement (campaign_number),
    holder_user         varchar(64)   not null,
    awarded_on          date          not null,
    plaque_number       varchar(50),
    plaque_awarded_on   date,
    video_url           varchar(500),
    video_provided_at   timestamp,
    exchange_confirmed  boolean       default false not null,
    status              varchar(12)   not null,
    revoked_on          date,
    revocation_ground   varchar(30),
    process_instance_id varchar(64)
);
create index benchmark_title_campaign_ix on benchmark_title (campaign_number);

-- 撤销称号: one case per report; the notice is published when the committee revokes.
create table revocation (
    number              varchar(56)   not null primary key,
    title_number        varchar(48)   not null references benchmark_title (number),
    ground              varchar(30)   not null,
    report              varchar(4000) not null,
    opened_by           varchar(64)   not null,
    opened_at           timestamp     not null,
    findings            varchar(2000),
    decision            varchar(10),
    decision_reason     varchar(2000),
    decided_by          varchar(64),
    decided_at          timestamp,
    notice_text         varchar(4000),
    process_instance_id varchar(64)
);
create index revocation_title_ix on revocation (title_number, decided_at);
