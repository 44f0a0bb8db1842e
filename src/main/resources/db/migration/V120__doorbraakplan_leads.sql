-- Module doorbraakplan (issue 17 §1 and §3): the lead register per municipality, the pipeline's steps, the reasons
-- for dropping a lead (a list per municipality), the tasks to inform the submitter, the tranches of college decisions
-- and the log of every read of a submitter's name and contact (verwerkingenlogging, append-only).

create table dbp_afvalreden (
    gemeente_code varchar(6)   not null,
    code          varchar(40)  not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    omschrijving  varchar(200) not null,
    volgorde      int          not null,
    actief        boolean      not null default true,
    primary key (gemeente_code, code)
);

create table dbp_tranche (
    id            bigint generated always as identity primary key,
    gemeente_code varchar(6)   not null,
    naam          varchar(200) not null,
    besluitdatum  date,
    kenmerk       varchar(100),
    aangemaakt_door varchar(200) not null,
    aangemaakt_op timestamptz  not null default now(),
    unique (gemeente_code, naam)
);

create table dbp_lead (
    id                  bigint generated always as identity primary key,
    gemeente_code       varchar(6)    not null,
    naam                varchar(200)  not null,
    adres               varchar(300),
    omschrijving        varchar(2000),
    status              varchar(30)   not null check (status in ('INGEDIEND', 'BESCHIKBAARHEID', 'ANALYSE',
                            'HAALBAARHEIDSONDERZOEK', 'COLLEGEVOORSTEL', 'AANGEWEZEN', 'AFGEVALLEN')),
    versie              int           not null default 1,
    ingediend_op        date          not null,
    inbrenger_soort     varchar(30)   not null check (inbrenger_soort in ('BEWONERSORGANISATIE', 'WIJKVERENIGING',
                            'EIGENAAR', 'COLLEGA', 'ANDERS')),
    -- personal data: null once anonymised (geanonimiseerd_op)
    inbrenger_naam      varchar(200),
    inbrenger_contact   varchar(300),
    geanonimiseerd_op   timestamptz,
    eigenaar            varchar(200),
    plaatsen            int check (plaatsen >= 0),
    eenheden            int check (eenheden >= 0),
    projectleider       varchar(100),
    conclusie           varchar(4000),
    kleur               varchar(10) check (kleur in ('ORANJE', 'GROEN')),
    tranche_id          bigint references dbp_tranche (id),
    aanbodbron_id       bigint,
    afvalreden          varchar(40),
    afval_toelichting   varchar(2000),
    gesloten_op         date,
    aangemaakt_door     varchar(200)  not null,
    aangemaakt_op       timestamptz   not null default now(),
    check ((status in ('AANGEWEZEN', 'AFGEVALLEN')) = (gesloten_op is not null)),
    check ((status = 'AFGEVALLEN') = (afvalreden is not null)),
    check (geanonimiseerd_op is null or (inbrenger_naam is null and inbrenger_contact is null))
);
create index dbp_lead_gemeente_idx on dbp_lead (gemeente_code, status);

-- every step a lead took (its history: the funnel as of a date counts from here)
create table dbp_lead_stap (
    id          bigint generated always as identity primary key,
    lead_id     bigint       not null references dbp_lead (id),
    stap        varchar(40)  not null,
    van         varchar(30),
    naar        varchar(30)  not null,
    datum       date         not null,
    kenmerk     varchar(100),
    toelichting varchar(2000),
    afvalreden  varchar(40),
    door        varchar(200) not null,
    op          timestamptz  not null default now()
);
create index dbp_lead_stap_lead_idx on dbp_lead_stap (lead_id, id);

create table dbp_lead_aspect (
    lead_id     bigint        not null references dbp_lead (id),
    aspect      varchar(40)   not null check (aspect in ('UITGANGSPUNTEN', 'RUIMTELIJKE_MOGELIJKHEDEN', 'FINANCIEN',
                    'LEEFBAARHEID_EN_VEILIGHEID')),
    uitkomst    varchar(20)   not null check (uitkomst in ('POSITIEF', 'ONDER_VOORWAARDEN', 'NEGATIEF')),
    toelichting varchar(2000) not null,
    door        varchar(200)  not null,
    op          timestamptz   not null default now(),
    primary key (lead_id, aspect)
);

-- "inform the submitter": one task per decision or drop, with its deadline
create table dbp_informeertaak (
    id            bigint generated always as identity primary key,
    lead_id       bigint        not null references dbp_lead (id),
    gemeente_code varchar(6)    not null,
    stap_id       bigint        not null references dbp_lead_stap (id),
    termijn       date          not null,
    gedaan_op     date,
    wijze         varchar(20) check (wijze in ('BRIEF', 'EMAIL', 'TELEFOON', 'GESPREK')),
    toelichting   varchar(2000),
    gedaan_door   varchar(200),
    check ((gedaan_op is null) = (wijze is null))
);
create index dbp_informeertaak_open_idx on dbp_informeertaak (gemeente_code, termijn) where gedaan_op is null;

create function dbp_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op;
end;
$$;

-- every read of a submitter's name and contact
create table dbp_verwerking (
    id        bigint generated always as identity primary key,
    tijdstip  timestamptz  not null default now(),
    actor     varchar(200) not null,
    rol       varchar(30)  not null,
    lead_id   bigint       not null references dbp_lead (id),
    doel      varchar(200) not null,
    handeling varchar(100) not null
);
create index dbp_verwerking_lead_idx on dbp_verwerking (lead_id, tijdstip);
create trigger dbp_verwerking_append_only before update or delete on dbp_verwerking
    for each row execute function dbp_append_only();
create trigger dbp_verwerking_no_truncate before truncate on dbp_verwerking
    for each statement execute function dbp_append_only();
