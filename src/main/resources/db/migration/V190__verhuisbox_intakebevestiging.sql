-- The confirmation of the agreements after the intake talk (issue 20 §3; the team's example e-mail, werkinstructie,
-- inventory §5.3, 002:L10082–L10110; checklist intakegesprek "Na: inhoud van het gesprek bevestigen aan de klant"):
-- generated from the case (day of the talk, search regions, maatwerk for the registrations, documents still needed,
-- the team's rules of the year: gift outside the municipality, loan inside), shown as a preview and sent by the
-- casemanager through platform.post's outbox; the text as sent is kept with its outbox message id (no foreign key:
-- the outbox's table belongs to platform.post). Owned by verhuisbox.geld.
create table vhb_intakebevestiging (
    id             bigint generated always as identity primary key,
    casus_id       bigint        not null references vhb_casus (id),
    gesprek_op     date          not null,
    email          varchar(320)  not null,
    onderwerp      varchar(300)  not null,
    tekst          varchar(8000) not null,
    post_id        bigint        not null,
    verstuurd_door varchar(200)  not null,
    verstuurd_op   timestamptz   not null default now()
);
create index vhb_intakebevestiging_casus_idx on vhb_intakebevestiging (casus_id);
