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
    started_by              varchar(64),
    process_instance_id     varchar(64)   not null,
    notice_url              varchar(500),
    created_at              timestamp     not null,
    constraint campaign_province_fk foreign key (province) references recommending_unit (code)
);
