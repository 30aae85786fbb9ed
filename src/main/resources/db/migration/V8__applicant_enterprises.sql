-- An applicant account applies as one enterprise, bound by an administrator when the account is created
-- (identity.ApplicantAccounts); one account per enterprise. The user itself is the engine's (ACT_ID_USER).
create table applicant_enterprise (
    user_id         varchar(64)  not null primary key,
    credit_code     varchar(18)  not null,
    enterprise_name varchar(100) not null,
    bound_by        varchar(64)  not null,
    bound_at        timestamp    not null,
    constraint applicant_enterprise_credit_code_uk unique (credit_code)
);
