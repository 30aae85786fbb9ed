-- Where the list and the announcement were published (Measures Art. 21/22): the channels' codes as ticked on the form
-- (PublicationChannel), and a note naming the media or other channels. publicity.channels, free text before, is that
-- note now; rows published before keep their text there with no codes.
alter table publicity add column channel_codes varchar(200);
alter table announcement add column channel_codes varchar(200);
alter table announcement add column channels varchar(1000);
