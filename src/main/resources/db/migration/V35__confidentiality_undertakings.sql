-- Art. 15 "评审委员会…对申报材料的内容及评审情况严格保守秘密": an expert signs the undertaking once per campaign, in the
-- system, before any of that campaign's material, review, deliberation or objection opens to them.
create table confidentiality_undertaking (
    campaign_number varchar(40)  not null references campaign (number),
    user_id         varchar(64)  not null,
    text_version    varchar(20)  not null,
    signed_at       timestamp    not null,
    signed_by       varchar(64)  not null,
    primary key (campaign_number, user_id)
);
