-- The State Council's yearly holiday arrangement (国务院办公厅关于XXXX年部分节假日安排的通知) for the years an
-- administrator adds in the browser; the years known at release ship as src/main/resources/calendar/<year>.csv.
create table holiday_arrangement (
    calendar_year integer      not null primary key,
    notice_number varchar(60)  not null,
    added_by      varchar(64)  not null,
    added_at      timestamp    not null
);

-- Its days: HOLIDAY (放假) or WORKDAY (调休上班, a weekend day worked), with the festival they belong to.
create table holiday_arrangement_day (
    calendar_day  date        not null primary key,
    calendar_year integer     not null references holiday_arrangement (calendar_year),
    kind          varchar(8)  not null,
    note          varchar(40) not null
);
