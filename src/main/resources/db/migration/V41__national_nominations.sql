-- A province's national recommending unit nominates holders of its provincial titles to a national campaign (seed 002
-- §四(四) "确定的省质量标杆优先推荐申报全国质量标杆"; seed 004 §一(三)3, §二(二)1-3): one nomination case per unit and
-- campaign, one row per nominated title; the holder's national application started from it is linked back.
create table national_nomination (
    number              varchar(64)  not null primary key,
    campaign_number     varchar(40)  not null references campaign (number),
    unit_code           varchar(40)  not null,
    choose_by           date         not null,
    apply_by            date         not null,
    opened_by           varchar(64)  not null,
    opened_at           timestamp    not null,
    nominated_by        varchar(64),
    nominated_at        timestamp,
    process_instance_id varchar(64)  not null,
    constraint national_nomination_once unique (campaign_number, unit_code)
);

create table nominated_title (
    nomination_number  varchar(64) not null references national_nomination (number),
    title_number       varchar(48) not null references benchmark_title (number),
    application_number varchar(48) references application (number),
    primary key (nomination_number, title_number)
);
