-- One directory for the national selection and one per province that runs its own selection.
create table recommending_unit (
    code          varchar(40)  not null primary key,
    directory     varchar(32)  not null,
    name          varchar(100) not null,
    kind          varchar(32)  not null,
    default_quota integer      not null check (default_quota between 0 and 5),
    position      integer      not null,
    constraint recommending_unit_name_uk unique (directory, name)
);
