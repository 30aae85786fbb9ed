create table application (
    number              varchar(48)    not null primary key,
    campaign_number     varchar(40)    not null references campaign (number),
    applicant_user      varchar(64)    not null,
    recommending_unit   varchar(40)    not null references recommending_unit (code),
    benchmark_name      varchar(100)   not null,
    enterprise_name     varchar(100)   not null,
    enterprise_short_name varchar(20),
    credit_code         varchar(18)    not null,
    abstract_text       varchar(1000)  not null,
    enterprise_profile  varchar(1000)  not null,
    method_application  varchar(16000) not null,
    effects             varchar(4000)  not null,
    selection_category  varchar(32)    not null,
    sme                 boolean        not null,
    industry            varchar(50)    not null,
    region              varchar(50)    not null,
    method_since_year   integer        not null,
    contact_name        varchar(20)    not null,
    contact_phone       varchar(30)    not null,
    profit_year1        numeric(14, 2) not null,
    profit_year2        numeric(14, 2) not null,
    profit_year3        numeric(14, 2) not null,
    status              varchar(40)    not null,
    status_reason       varchar(1000),
    process_instance_id varchar(64)    not null,
    submitted_at        timestamp      not null,
    updated_at          timestamp      not null
);
create index application_campaign_ix on application (campaign_number, recommending_unit);
create index application_applicant_ix on application (applicant_user);
create index application_credit_code_ix on application (campaign_number, credit_code);

create table application_document (
    id                 varchar(36)  not null primary key,
    application_number varchar(48)  not null references application (number),
    kind               varchar(20)  not null,
    file_name          varchar(200) not null,
    content_type       varchar(100) not null,
    size_bytes         bigint       not null,
    sha256             varchar(64)  not null,
    uploaded_by        varchar(64)  not null,
    uploaded_at        timestamp    not null
);
create index application_document_ix on application_document (application_number);
