-- The hand-over to the receiving municipality (issue 20 §1; inventory §2.1 step 7 "contact receiving municipality for
-- handover", §2.3 "incl. handover to new municipality", §10 #17 "Receiving municipalities not informed", the
-- Hoensbroek review's late CJG hand-over, 002:L7552–L7554): to whom (organisation, contact person and e-mail
-- address), when, and what was handed over; sent through platform.post's outbox as an e-mail from a template, whose
-- message id is kept here (post_id: the outbox's own table belongs to platform.post, so no foreign key). Recorded
-- while the case is moving or after it moved; several hand-overs per case are possible (municipality, Wmo, CJG).
create table vhb_overdracht (
    id               bigint generated always as identity primary key,
    casus_id         bigint        not null references vhb_casus (id),
    organisatie      varchar(200)  not null check (length(trim(organisatie)) > 0),
    contactpersoon   varchar(200)  not null check (length(trim(contactpersoon)) > 0),
    email            varchar(320)  not null check (length(trim(email)) > 0),
    overgedragen_op  date          not null,
    wat              varchar(2000) not null check (length(trim(wat)) > 0),
    post_id          bigint        not null,
    vastgelegd_door  varchar(200)  not null,
    vastgelegd_op    timestamptz   not null default now()
);
create index vhb_overdracht_casus_idx on vhb_overdracht (casus_id);
