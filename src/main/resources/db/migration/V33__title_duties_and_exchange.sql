-- Art. 24 "等": a major accident of another kind than those listed, named by the aspect it concerns.
alter table revocation add column ground_detail varchar(50);
alter table benchmark_title add column revocation_ground_detail varchar(50);

-- Seed 001 annex 3 §1(4): the promotional video's three parts as the holder recorded them (1 / 28 / 1 minutes).
alter table benchmark_title add column video_speaker_minutes integer;
alter table benchmark_title add column video_presentation_minutes integer;
alter table benchmark_title add column video_product_minutes integer;

-- A title's duty (plaque, video, exchange) that went overdue: when the office was told, and what it did.
create table title_duty_follow_up (
    title_number   varchar(48)   not null references benchmark_title (number),
    duty           varchar(20)   not null,
    escalated_at   timestamp     not null,
    follow_up_note varchar(1000),
    noted_by       varchar(64),
    noted_at       timestamp,
    primary key (title_number, duty)
);

-- 经验交流活动 (Art. 5, 23): held by an office for the titles of its level, with each invited holder's attendance.
create table exchange_activity (
    number                 varchar(48)  not null primary key,
    directory              varchar(32)  not null,
    name                   varchar(100) not null,
    held_on                date         not null,
    place                  varchar(200) not null,
    recorded_by            varchar(64)  not null,
    recorded_at            timestamp    not null,
    process_instance_id    varchar(64)  not null,
    attendance_recorded_by varchar(64),
    attendance_recorded_at timestamp
);

create table exchange_attendance (
    activity_number varchar(48) not null references exchange_activity (number),
    title_number    varchar(48) not null references benchmark_title (number),
    attendance      varchar(10),
    note            varchar(200),
    primary key (activity_number, title_number)
);
create index exchange_attendance_title_ix on exchange_attendance (title_number);
