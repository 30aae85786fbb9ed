-- 专家库: the pool the office draws each year's committee from (Measures Art. 11).
create table expert (
    code        varchar(20)  not null primary key,
    user_id     varchar(64)  not null unique,
    name        varchar(50)  not null,
    field       varchar(50)  not null,
    industries  varchar(200) not null,
    region      varchar(6)   not null,
    affiliation varchar(100) not null,
    association varchar(40),
    can_chair   boolean      not null
);

-- 评审委员会 of one campaign (Art. 12-14) and the review rules fixed before scoring opens.
create table committee (
    campaign_number        varchar(40)  not null primary key references campaign (number),
    chair                  varchar(20)  not null references expert (code),
    vice_chair             varchar(20)  not null references expert (code),
    experts_per_application integer     not null,
    aggregation_policy     varchar(20)  not null,
    weights                varchar(40)  not null,
    max_score              integer      not null,
    material_review_due    date,
    defense_date           date,
    defense_place          varchar(200),
    defense_review_due     date
);

create table expert_group (
    campaign_number varchar(40)  not null references campaign (number),
    code            varchar(20)  not null,
    name            varchar(50)  not null,
    categories      varchar(20)  not null,
    leader          varchar(20)  not null references expert (code),
    primary key (campaign_number, code)
);

create table expert_group_member (
    campaign_number varchar(40) not null,
    group_code      varchar(20) not null,
    expert_code     varchar(20) not null references expert (code),
    primary key (campaign_number, group_code, expert_code),
    foreign key (campaign_number, group_code) references expert_group (campaign_number, code)
);

-- One expert's review of one application at one stage; recusals are kept with their reason.
create table review_assignment (
    id                 varchar(36)  not null primary key,
    campaign_number    varchar(40)  not null,
    group_code         varchar(20)  not null,
    application_number varchar(48)  not null references application (number),
    expert_code        varchar(20)  not null references expert (code),
    stage              varchar(10)  not null,
    status             varchar(12)  not null,
    late               boolean      default false not null,
    recusal_reason     varchar(500),
    replaces           varchar(36),
    process_instance_id varchar(64),
    assigned_at        timestamp    not null,
    due_at             timestamp    not null,
    score_1            integer,
    score_2            integer,
    score_3            integer,
    comment            varchar(2000),
    submitted_at       timestamp,
    foreign key (campaign_number, group_code) references expert_group (campaign_number, code)
);
create index review_assignment_group_ix on review_assignment (campaign_number, group_code, stage, status);
create index review_assignment_application_ix on review_assignment (application_number, stage);
create index review_assignment_expert_ix on review_assignment (expert_code, status);
-- an expert reviews an application at most once per stage (a recused review keeps its row)
create unique index review_assignment_once_ix on review_assignment (application_number, stage, expert_code);

-- 合议: a group's decision at a stage, with its rationale.
create table deliberation (
    campaign_number varchar(40)   not null,
    group_code      varchar(20)   not null,
    stage           varchar(10)   not null,
    selected        varchar(4000) not null,
    rationale       varchar(2000) not null,
    decided_by      varchar(64),
    decided_at      timestamp     not null,
    primary key (campaign_number, group_code, stage)
);

create table site_verification (
    application_number varchar(48)   not null primary key references application (number),
    ordered_at         timestamp     not null,
    finding            varchar(2000),
    recorded_by        varchar(64),
    recorded_at        timestamp
);

-- The ministry's comments on the preliminary list and how the office handled each (Art. 20).
create table ministry_comment (
    campaign_number    varchar(40)   not null,
    application_number varchar(48)   not null references application (number),
    comment            varchar(2000) not null,
    handling           varchar(2000),
    primary key (campaign_number, application_number)
);
