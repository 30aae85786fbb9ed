create table recommending_unit (
    code          varchar(32)  not null primary key,
    name          varchar(100) not null unique,
    kind          varchar(32)  not null,
    default_quota integer      not null check (default_quota between 1 and 5),
    position      integer      not null
);
