-- The province's settings of the reminders (module brieven, issue 19 §7, ADR 0059): how many days before a peildatum
-- the municipalities' officials are reminded of it (default 14 when a province has no row). Changed by the province's
-- supervisor on /provincies/{code}/herinneringen, to the version it read (409 on a stale one), audited as
-- HERINNERING_INSTELLING_GEWIJZIGD. Read and written only by brieven.internal.HerinneringOpslag.
create table herinnering_instelling (
    provincie_code        varchar(4)   primary key references provincie (code),
    dagen_voor_peildatum  int          not null check (dagen_voor_peildatum between 1 and 60),
    versie                int          not null,
    gewijzigd_op          timestamptz  not null default now(),
    gewijzigd_door        varchar(200) not null
);
