-- The office that signs a notice (the one running the case's selection); its mail goes out in that office's name.
-- Notices written before this column read as the national office's.
alter table notice add column signer varchar(100);
