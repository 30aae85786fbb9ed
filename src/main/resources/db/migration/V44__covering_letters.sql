-- 推荐文件 (seed 004 §一(三)2): each of Shandong's cities sends one covering document (PDF) with its recommendations.
-- Every upload is kept (the latest counts); the file lies beside the objection evidence, checked by its SHA-256.
create table covering_letter (
    id              varchar(36)  not null primary key,
    campaign_number varchar(40)  not null references campaign (number),
    unit_code       varchar(40)  not null references recommending_unit (code),
    file_name       varchar(200) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint       not null,
    sha256          varchar(64)  not null,
    uploaded_by     varchar(64)  not null,
    uploaded_at     timestamp    not null
);
create index covering_letter_unit_ix on covering_letter (campaign_number, unit_code, uploaded_at);
