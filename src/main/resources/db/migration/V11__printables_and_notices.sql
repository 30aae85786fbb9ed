-- The unit's sealed 推荐表 is a material of its own kind (SEALED_RECOMMENDATION), longer than the column allowed.
alter table application_document alter column kind set data type varchar(30);

-- What the system printed for sealing (申报书, 推荐表): the content digest printed on every page, who printed it, when.
create table printed_form (
    id                 varchar(36)  not null primary key,
    application_number varchar(48)  not null references application (number),
    kind               varchar(30)  not null,
    sha256             varchar(64)  not null,
    printed_by         varchar(64)  not null,
    printed_at         timestamp    not null
);
create index printed_form_ix on printed_form (application_number, kind);

-- How an uploaded sealed copy was matched to the content: the digest read from a PDF's text layer, or the 核验码
-- the uploader typed from a scan, against the content's digest when it was uploaded.
create table sealed_form_check (
    document_id        varchar(36)  not null primary key references application_document (id) on delete cascade,
    application_number varchar(48)  not null,
    kind               varchar(30)  not null,
    expected_sha256    varchar(64)  not null,
    found_sha256       varchar(64),
    found_number       boolean      not null,
    declared_code      varchar(9),
    checked_at         timestamp    not null
);

-- 申报回执: one per hand-over of an application (submission, resubmission after revision or supplement).
create table application_receipt (
    number             varchar(60)  not null primary key,
    application_number varchar(48)  not null references application (number),
    occasion           varchar(20)  not null,
    content_sha256     varchar(64)  not null,
    submitted_by       varchar(64),
    submitted_at       timestamp    not null
);
create index application_receipt_ix on application_receipt (application_number);

create table application_receipt_material (
    receipt_number varchar(60)  not null references application_receipt (number),
    position       integer      not null,
    kind           varchar(30)  not null,
    file_name      varchar(200) not null,
    size_bytes     bigint       not null,
    sha256         varchar(64)  not null,
    primary key (receipt_number, position)
);

-- E-mail notices: written in the transaction of the event (outbox), sent afterwards with retries; never deleted,
-- they are part of the case's trail.
create table notice (
    id                  varchar(36)   not null primary key,
    event               varchar(40)   not null,
    process_instance_id varchar(64),
    business_key        varchar(100),
    recipient_user      varchar(64)   not null,
    recipient_address   varchar(200),
    subject             varchar(300)  not null,
    body                varchar(4000) not null,
    status              varchar(20)   not null,
    attempts            integer       default 0 not null,
    next_attempt_at     timestamp     not null,
    claimed_until       timestamp,
    last_error          varchar(1000),
    dedup_key           varchar(200),
    created_at          timestamp     not null,
    sent_at             timestamp
);
create unique index notice_dedup_ix on notice (dedup_key);
create index notice_due_ix on notice (status, next_attempt_at);
create index notice_case_ix on notice (process_instance_id);

-- Public look-ups of an objection's progress (number + phone), counted per address against guessing.
create table objection_lookup (
    client_address varchar(64) not null,
    looked_up_at   timestamp   not null,
    found          boolean     not null
);
create index objection_lookup_ix on objection_lookup (client_address, looked_up_at);
