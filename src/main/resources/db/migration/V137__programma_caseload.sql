-- The integration caseload of a municipality (module programma, docs/programma.md "De integratie-caseload", issue 18
-- §4): the statushouders housed in it (personal data), every read of them logged (append-only), and the yearly
-- taakstelling and realisation figures of the years before toezicht's records begin, each as stated by its source
-- (a year may have more than one stated value; the check names the differences). Read and written only by
-- programma.internal.CaseloadOpslag.

-- the role of the integration case manager, scoped to a municipality
alter table toewijzing drop constraint toewijzing_rol;
alter table toewijzing add constraint toewijzing_rol check (rol in ('BEHEERDER', 'TOEZICHTHOUDER', 'GEMEENTE', 'COA',
    'AANMELDER', 'ICP', 'CASEMANAGER', 'ADMINISTRATIEF', 'CONSULENT', 'COORDINATOR', 'RIJK', 'BELEIDSMEDEWERKER',
    'PROGRAMMATEAM', 'DIENST', 'PROJECTLEIDER', 'PROGRAMMAMANAGER', 'CONTROLLER', 'BESTUUR',
    'CASEMANAGER_INTEGRATIE'));
alter table toewijzing drop constraint toewijzing_scope;
alter table toewijzing add constraint toewijzing_scope check (case
    when rol in ('BEHEERDER', 'COA', 'RIJK')
        then num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 0
    when rol in ('TOEZICHTHOUDER', 'BELEIDSMEDEWERKER')
        then provincie_code is not null
            and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
    when rol in ('GEMEENTE', 'PROGRAMMATEAM', 'BESTUUR', 'CASEMANAGER_INTEGRATIE')
        then gemeente_code is not null
            and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
    when rol in ('AANMELDER', 'ICP', 'CASEMANAGER', 'ADMINISTRATIEF', 'CONSULENT', 'COORDINATOR')
        then team_id is not null
            and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
    when rol in ('PROGRAMMAMANAGER', 'CONTROLLER')
        then programma_id is not null
            and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
    when rol = 'DIENST'
        then gemeente_code is not null and afdeling_code is not null
            and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 2
    when rol = 'PROJECTLEIDER'
        then project_id is not null
            and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
    else false end);

-- one statushouder housed in the municipality; the birth date is kept (the age band and turning 18 follow from it
-- on each day), anonymising keeps only its year
create table caseload_statushouder (
    id                       bigint generated always as identity primary key,
    gemeente                 varchar(6)    not null references gemeente (code),
    naam                     varchar(200)  not null,
    huishouden               varchar(40)   not null,
    geboortedatum            date          not null,
    aankomstdatum            date          not null,
    amv                      boolean       not null default false,
    participatieverklaring   date,
    inburgeringsroute        varchar(30)   not null,
    taalniveau               varchar(10),
    spoor_opleiding          boolean       not null default false,
    spoor_werk               boolean       not null default false,
    spoor_participatie       boolean       not null default false,
    school                   varchar(30)   not null,
    intake_werk_inkomen      date,
    noa_assessment           boolean       not null default false,
    casemanager_id           bigint references gebruiker (id),
    uit_caseload             date,
    toelichting              varchar(2000),
    geanonimiseerd_op        date,
    versie                   int           not null default 1 check (versie >= 1),
    aangemaakt_op            timestamptz   not null default now(),
    check (uit_caseload is null or uit_caseload >= aankomstdatum)
);
create index caseload_statushouder_gemeente_idx on caseload_statushouder (gemeente, casemanager_id);
create index caseload_statushouder_uit_idx on caseload_statushouder (uit_caseload)
    where uit_caseload is not null and geanonimiseerd_op is null;

create function caseload_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op;
end;
$$;

-- every read of a statushouder's personal data: one row per person shown; the rows of one read share actie_id
create table caseload_verwerking (
    id             bigint generated always as identity primary key,
    actie_id       uuid         not null,
    tijdstip       timestamptz  not null default now(),
    actor          varchar(200) not null,
    rol            varchar(30)  not null,
    statushouder_id bigint      not null references caseload_statushouder (id),
    doel           varchar(200) not null,
    handeling      varchar(100) not null
);
create index caseload_verwerking_statushouder_idx on caseload_verwerking (statushouder_id, tijdstip);
create trigger caseload_verwerking_append_only before update or delete on caseload_verwerking
    for each row execute function caseload_append_only();
create trigger caseload_verwerking_no_truncate before truncate on caseload_verwerking
    for each statement execute function caseload_append_only();

-- a stated figure of a year before toezicht's records: the taakstelling or the number housed of the year, a
-- half-year's part as the source states it, or the backlog carried into the year; with its source line
create table caseload_jaarcijfer (
    id          bigint generated always as identity primary key,
    gemeente    varchar(6)    not null references gemeente (code),
    jaar        int           not null check (jaar between 2000 and 2100),
    grootheid   varchar(20)   not null check (grootheid in ('TAAKSTELLING', 'GEHUISVEST')),
    deel        varchar(20)   not null check (deel in ('JAAR', 'EERSTE_HALFJAAR', 'TWEEDE_HALFJAAR', 'ACHTERSTAND')),
    waarde      int           not null check (waarde between 0 and 100000),
    bron        varchar(200)  not null,
    toelichting varchar(2000),
    door        varchar(200)  not null,
    op          timestamptz   not null default now()
);
create index caseload_jaarcijfer_gemeente_idx on caseload_jaarcijfer (gemeente, jaar);
