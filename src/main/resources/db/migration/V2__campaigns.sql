create table campaign (
    number                  varchar(40)   not null primary key,
    campaign_year           integer       not null,
    level                   varchar(16)   not null,
    province                varchar(32),
    organiser               varchar(100)  not null,
    focus_areas             varchar(4000) not null,
    application_opens       date          not null,
    application_closes      date          not null,
    recommendation_deadline date          not null,
    status                  varchar(32)   not null,
    last_application_seq    integer       default 0 not null,
    started_by              varchar(64),
    process_instance_id     varchar(64)   not null,
    notice_url              varchar(500),
    created_at              timestamp     not null
);

-- 推荐名额: what each recommending unit may recommend in one campaign, and how much of it is used.
create table campaign_quota (
    campaign_number varchar(40) not null references campaign (number),
    unit_code       varchar(40) not null references recommending_unit (code),
    quota           integer     not null check (quota between 0 and 5),
    used            integer     default 0 not null,
    primary key (campaign_number, unit_code),
    constraint campaign_quota_within check (used between 0 and quota)
);
