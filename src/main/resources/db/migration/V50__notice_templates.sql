-- Format templates of a campaign's notice (seed 001 annex 3 §1(4): 总结材料、PPT、视频格式模板 on the platform), uploaded by
-- the campaign's office and offered with the notice. Every upload is kept; the latest of each template is offered. The
-- file lies beside the objection evidence, checked by its SHA-256.
create table notice_template (
    id              varchar(36)  not null primary key,
    campaign_number varchar(40)  not null references campaign (number),
    template        varchar(20)  not null,
    file_name       varchar(200) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint       not null,
    sha256          varchar(64)  not null,
    uploaded_by     varchar(64)  not null,
    uploaded_at     timestamp    not null
);
create index notice_template_campaign_ix on notice_template (campaign_number, template, uploaded_at);
