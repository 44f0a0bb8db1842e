-- Verhuisbox Plus: teams and the six case roles, the case (casus) with its state history, the reads of a case
-- (verwerkingenlogging), the ICP-toets against the eligibility criteria of the year, tasks, checklists, housing
-- sites, registrations with their encrypted credentials, reactions, offers, the obstacle log, capacity.
-- Nothing here is ever deleted: history tables are append-only like audit_log (V1).

create table vhb_team (
    id            bigint generated always as identity primary key,
    naam          varchar(100) not null unique,
    gemeente_code varchar(6)   not null
);
insert into vhb_team (naam, gemeente_code) values ('Den Haag', 'GM0518');

alter table gebruiker add column team_id bigint references vhb_team (id);
alter table gebruiker drop constraint gebruiker_rol_check;
alter table gebruiker add constraint gebruiker_rol_check check (rol in ('BEHEERDER', 'TOEZICHTHOUDER', 'GEMEENTE',
    'COA', 'AANMELDER', 'ICP', 'CASEMANAGER', 'ADMINISTRATIEF', 'CONSULENT', 'COORDINATOR'));
alter table gebruiker drop constraint gebruiker_scope;
alter table gebruiker add constraint gebruiker_scope check (
    (rol = 'TOEZICHTHOUDER' and provincie_code is not null and gemeente_code is null and team_id is null)
    or (rol = 'GEMEENTE' and gemeente_code is not null and provincie_code is null and team_id is null)
    or (rol in ('BEHEERDER', 'COA') and provincie_code is null and gemeente_code is null and team_id is null)
    or (rol in ('AANMELDER', 'ICP', 'CASEMANAGER', 'ADMINISTRATIEF', 'CONSULENT', 'COORDINATOR')
        and team_id is not null and provincie_code is null and gemeente_code is null));

create function vhb_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op;
end;
$$;

create table vhb_casus (
    id                   bigint generated always as identity primary key,
    team_id              bigint       not null references vhb_team (id),
    aanmelder_id         bigint       not null references gebruiker (id),
    aanmelder_organisatie varchar(200) not null,
    casemanager_id       bigint references gebruiker (id),
    administratief_id    bigint references gebruiker (id),
    status               varchar(20)  not null,
    categorie            varchar(20)  not null check (categorie in ('HUISHOUDEN', 'JONGERE')),
    variant              varchar(20) check (variant in ('INTENSIEF', 'LICHT', 'ADVIES')),
    -- the client (no real persons in demo data); BSN optional, elfproef checked by the application
    naam                 varchar(200) not null,
    geboortedatum        date         not null,
    bsn                  char(9),
    telefoon             varchar(50),
    email                varchar(200),
    volwassenen          int          not null check (volwassenen between 1 and 10),
    kinderen             int          not null check (kinderen between 0 and 20),
    inkomen              varchar(200) not null,
    slaapplek            varchar(200) not null,
    reden                varchar(2000) not null,
    voorkeursregios      text[]       not null default '{}',
    urgentie             varchar(2000),
    documenten           text[]       not null default '{}',
    toestemming_op       date         not null,
    compleet_op          date         not null,
    zoekregios           jsonb        not null default '[]',
    criteria_jaar        int,
    weigerbrief          text,
    uitkomst             varchar(30) check (uitkomst in ('VERHUISD', 'GEHUISVEST_DEN_HAAG', 'GESTOPT')),
    stopreden            varchar(40),
    bestemming           varchar(200),
    aangemaakt_op        timestamptz  not null default now(),
    gewijzigd_op         timestamptz  not null default now(),
    geanonimiseerd_op    timestamptz
);
create index vhb_casus_team_status_idx on vhb_casus (team_id, status);

-- Every state change with its reason and author.
create table vhb_statuswijziging (
    id        bigint generated always as identity primary key,
    casus_id  bigint       not null references vhb_casus (id),
    van       varchar(20),
    naar      varchar(20)  not null,
    reden     varchar(2000) not null,
    actor     varchar(200) not null,
    tijdstip  timestamptz  not null default now()
);
create index vhb_statuswijziging_casus_idx on vhb_statuswijziging (casus_id, id);
create trigger vhb_statuswijziging_append_only before update or delete on vhb_statuswijziging
    for each row execute function vhb_append_only();

-- Verwerkingenlogging: every read of a case, who, when, why.
create table vhb_verwerking (
    id        bigint generated always as identity primary key,
    tijdstip  timestamptz  not null default now(),
    actor     varchar(200) not null,
    rol       varchar(30)  not null,
    casus_id  bigint       not null references vhb_casus (id),
    doel      varchar(200) not null,
    handeling varchar(100) not null
);
create index vhb_verwerking_casus_idx on vhb_verwerking (casus_id, tijdstip);
create trigger vhb_verwerking_append_only before update or delete on vhb_verwerking
    for each row execute function vhb_append_only();
create trigger vhb_verwerking_no_truncate before truncate on vhb_verwerking
    for each statement execute function vhb_append_only();

-- Eligibility criteria per year (data, editable per year).
create table vhb_criterium (
    jaar         int          not null,
    code         varchar(40)  not null,
    volgorde     int          not null,
    omschrijving varchar(500) not null,
    soort        varchar(20)  not null check (soort in ('UITSLUITEND', 'DOCUMENT', 'UITZONDERING')),
    verwijzing   varchar(500),
    primary key (jaar, code)
);
-- Criteria Verhuisbox Plus 2023 (inventory §3.1, §3.3, §3.2 exceptions)
insert into vhb_criterium (jaar, code, volgorde, omschrijving, soort, verwijzing) values
 (2023, 'MOTIVATIE', 1, 'Cliënt (en partner/kinderen) is zelf gemotiveerd om buiten de regio te verhuizen', 'UITSLUITEND', 'Woonnet Haaglanden en de urgentieregeling van de gemeente Den Haag'),
 (2023, 'DAKLOOS', 2, 'Cliënt is (dreigend) dak- of thuisloos', 'UITSLUITEND', 'het Daklozenloket van de gemeente Den Haag'),
 (2023, 'INKOMEN', 3, 'Cliënt maakt gebruik van gemeentelijke inkomensvoorzieningen (PW/IOAW) of wordt opgevangen op kosten van OCW/SZW', 'UITSLUITEND', 'de Werkgeversservice en het Juridisch Loket voor inkomensvragen'),
 (2023, 'TAAL', 4, 'Cliënt spreekt en begrijpt Nederlands (tolk of familielid is niet voldoende)', 'UITSLUITEND', 'taalhuis Den Haag (Bibliotheek Den Haag)'),
 (2023, 'ZELFREDZAAM', 5, 'Cliënt is voldoende zelfredzaam om duurzaam zelfstandig te wonen en de regelzaken zelf te doen', 'UITSLUITEND', 'het Daklozenloket (begeleid wonen, maatschappelijke opvang)'),
 (2023, 'GEEN_OVERLAST', 6, 'Geen uitzetting wegens overlast', 'UITSLUITEND', 'het Daklozenloket van de gemeente Den Haag'),
 (2023, 'GEEN_AGRESSIE', 7, 'Geen agressiemeldingen in GIR', 'UITSLUITEND', 'het Daklozenloket van de gemeente Den Haag'),
 (2023, 'GEEN_WMO_BEGELEIDING', 8, 'Geen Wmo-indicatie voor begeleiding (indicatie voor woningaanpassing is geen bezwaar)', 'UITSLUITEND', 'de Wmo-begeleiding van de gemeente Den Haag'),
 (2023, 'GEEN_PSYCH_VERSLAVING', 9, 'Niet bekend met ernstige psychische, psychiatrische of verslavingsproblematiek', 'UITSLUITEND', 'Parnassia / de GGZ-zorgaanbieder via de huisarts'),
 (2023, 'GEEN_DETENTIE', 10, 'Cliënt is niet gedetineerd', 'UITSLUITEND', 'de re-integratie na detentie (Re-integratiecentrum Den Haag)'),
 (2023, 'ZEER_KANSRIJKE_REGIO', 11, 'Minimaal één zeer kansrijke regio tussen de zoekgebieden', 'UITSLUITEND', 'Woonnet Haaglanden'),
 (2023, 'HUURSCHULD', 20, 'Bij huurschuld: haalbare regeling getroffen', 'DOCUMENT', null),
 (2023, 'VERHUURDERSVERKLARING', 21, 'Positieve verhuurdersverklaring', 'DOCUMENT', null),
 (2023, 'DIGID', 22, 'DigiD', 'DOCUMENT', null),
 (2023, 'MOBIEL_BANKIEREN', 23, 'Mobiel internetbankieren werkt', 'DOCUMENT', null),
 (2023, 'IB60', 24, 'Inkomensverklaring Belastingdienst (IB60), beide partners', 'DOCUMENT', null),
 (2023, 'BRP_HISTORIE', 25, 'Uittreksel BRP met historische adresgegevens, ook meeverhuizende kinderen', 'DOCUMENT', null),
 (2023, 'CAK', 26, 'Geen CAK-bronheffing (zorgverzekeringsschuld geregeld)', 'DOCUMENT', null),
 (2023, 'MWA_WOONDOEL', 30, 'Lopend MWA-traject met resultaatgebied huisvesting in het plan van aanpak', 'UITZONDERING', null),
 (2023, 'JONGERENREGISSEUR', 31, 'Jongerenregisseur betrokken als vaste begeleider', 'UITZONDERING', null);

-- The ICP-toets: one row per criterion per assessment; the latest per criterion counts, earlier ones remain.
create table vhb_toetsing (
    id        bigint generated always as identity primary key,
    casus_id  bigint       not null references vhb_casus (id),
    jaar      int          not null,
    code      varchar(40)  not null,
    uitkomst  varchar(20)  not null check (uitkomst in ('VOLDAAN', 'NIET_VOLDAAN', 'ONBEKEND')),
    notitie   varchar(1000),
    actor     varchar(200) not null,
    tijdstip  timestamptz  not null default now()
);
create trigger vhb_toetsing_append_only before update or delete on vhb_toetsing
    for each row execute function vhb_append_only();

-- Tasks (worklist): from every step; done, never deleted.
create table vhb_taak (
    id             bigint generated always as identity primary key,
    casus_id       bigint       not null references vhb_casus (id),
    soort          varchar(40)  not null,
    omschrijving   varchar(500) not null,
    rol            varchar(30)  not null,
    deadline       date,
    aangemaakt_op  timestamptz  not null default now(),
    afgerond_op    timestamptz,
    afgerond_door  varchar(200)
);
create index vhb_taak_open_idx on vhb_taak (casus_id) where afgerond_op is null;

-- Checklists per case (intake §5.2, documents on an offer, moving §5.1).
create table vhb_checkitem (
    id          bigint generated always as identity primary key,
    casus_id    bigint       not null references vhb_casus (id),
    lijst       varchar(20)  not null check (lijst in ('INTAKE', 'AANBOD', 'VERHUIZING')),
    code        varchar(40)  not null,
    volgorde    int          not null,
    omschrijving varchar(500) not null,
    stand       varchar(20)  not null default 'OPEN' check (stand in ('OPEN', 'GEDAAN', 'NVT')),
    notitie     varchar(1000),
    gewijzigd_door varchar(200),
    gewijzigd_op timestamptz,
    unique (casus_id, lijst, code)
);

-- Housing-allocation websites (woonnetverdeelsystemen), a maintained list.
create table vhb_website (
    id           bigint generated always as identity primary key,
    naam         varchar(200) not null unique,
    regio        varchar(200),
    provincies   text[]       not null default '{}',
    kosten       numeric(8, 2),
    verlenging   varchar(500),
    notities     varchar(2000),
    actief       boolean      not null default true
);
insert into vhb_website (naam, regio, provincies) values
 ('Daar wil ik wonen', null, '{}'), ('De Woningzoeker', null, '{}'), ('Entree', null, '{}'),
 ('Friesland Huurt', 'Friesland', '{Friesland}'), ('Huiswaarts', null, '{}'), ('Huren in Baarn', 'Baarn', '{Utrecht}'),
 ('Klik voor Wonen', null, '{}'), ('Huren Noord-Veluwe', 'Noord-Veluwe', '{Gelderland}'), ('SVNK', null, '{}'),
 ('Thuis in de Achterhoek', 'Achterhoek', '{Gelderland}'), ('Thuis in Limburg', 'Limburg', '{Limburg}'),
 ('Woning in Zicht', null, '{}'), ('Woningnet Almere', 'Almere', '{Flevoland}'),
 ('Woningnet Gooi en Vechtstreek', 'Gooi en Vechtstreek', '{Noord-Holland}'),
 ('Woningnet Groningen', 'Groningen', '{Groningen}'), ('Woningnet Hengelo Borne', 'Hengelo en Borne', '{Overijssel}'),
 ('Huren in Holland Rijnland', 'Holland Rijnland', '{Zuid-Holland}'), ('Woningnet Regio Eemvallei', 'Eemvallei', '{Utrecht}'),
 ('Woningnet Regio Midden-Holland', 'Midden-Holland', '{Zuid-Holland}'), ('Woningnet Regio Utrecht', 'Utrecht', '{Utrecht}'),
 ('Woningnet Stadsregio Amsterdam', 'Stadsregio Amsterdam', '{Noord-Holland}'), ('Woonburo Almelo', 'Almelo', '{Overijssel}'),
 ('Woongaard', null, '{}'), ('Wooniezie', null, '{}'), ('Woonkeus Drechtsteden', 'Drechtsteden', '{Zuid-Holland}'),
 ('Woonkeus Stedendriehoek', 'Stedendriehoek', '{Gelderland,Overijssel}'), ('Woonmatch Kop NH', 'Kop van Noord-Holland', '{Noord-Holland}'),
 ('Woonmatch West-Friesland', 'West-Friesland', '{Noord-Holland}'), ('Woonnet Haaglanden', 'Haaglanden', '{Zuid-Holland}'),
 ('Woonnet Rijnmond', 'Rijnmond', '{Zuid-Holland}'), ('Woonservice regio Oss', 'Oss', '{Noord-Brabant}'),
 ('Woonservice regio ''s-Hertogenbosch', '''s-Hertogenbosch', '{Noord-Brabant}'),
 ('Woonservice IJmond/Zuid-Kennemerland', 'IJmond en Zuid-Kennemerland', '{Noord-Holland}'),
 ('Zuidwestwonen.nl', null, '{}');
update vhb_website set notities = 'Thuis in Limburg lijkt geen aanbod te doen aan Haagse uitkeringsgerechtigden; economische binding per advertentie nagaan; in Zuid-Limburg/Parkstad wie in opvang of inwonend is via Loket Housing (LEVANTOgroep), officieel BRP-uittreksel met woonhistorie.' where naam = 'Thuis in Limburg';
update vhb_website set notities = 'Adres op daklozenlocatie: alleen via Proefwonen (zorginstelling huurt 1 jaar), vraagt 2 jaar inschrijving in Groningen.' where naam = 'Woningnet Groningen';

-- Registrations per case; credentials (if the client agrees) AES-GCM encrypted, key outside the database.
create table vhb_inschrijving (
    id               bigint generated always as identity primary key,
    casus_id         bigint        not null references vhb_casus (id),
    website_id       bigint        not null references vhb_website (id),
    datum            date          not null,
    nummer           varchar(100),
    kosten           numeric(8, 2) not null default 0,
    verlengdatum     date,
    kluis_nonce      bytea,
    kluis_geheim     bytea,
    aangemaakt_door  varchar(200)  not null,
    unique (casus_id, website_id)
);

-- Reactions on dwellings, per site; a lottery offer gets a same-day deadline.
create table vhb_reactie (
    id             bigint generated always as identity primary key,
    casus_id       bigint       not null references vhb_casus (id),
    inschrijving_id bigint      not null references vhb_inschrijving (id),
    datum          date         not null,
    woning         varchar(300) not null,
    soort          varchar(20)  not null check (soort in ('REGULIER', 'LOTING', 'DIRECT')),
    resultaat      varchar(30)  not null default 'OPEN',
    positie        int,
    deadline       date,
    actor          varchar(200) not null
);

-- Offers, with the client's decision (free to refuse, without penalty).
create table vhb_aanbod (
    id           bigint generated always as identity primary key,
    casus_id     bigint        not null references vhb_casus (id),
    gemeente     varchar(200)  not null,
    corporatie   varchar(200)  not null,
    adres        varchar(300)  not null,
    huur         numeric(8, 2) not null,
    bezichtiging date,
    deadline     date          not null,
    besluit      varchar(30) check (besluit in ('AANVAARD', 'GEWEIGERD_CLIENT', 'GEWEIGERD_CORPORATIE')),
    toelichting  varchar(2000),
    besloten_door varchar(200),
    aangemaakt_door varchar(200) not null
);

-- The obstacle log (inventory §6.4): datum, website, plaats, provincie, woningcorporatie, situatie, op grond van, actie.
create table vhb_belemmering (
    id          bigint generated always as identity primary key,
    team_id     bigint        not null references vhb_team (id),
    casus_id    bigint references vhb_casus (id),
    datum       date          not null,
    website     varchar(200),
    plaats      varchar(200)  not null,
    provincie   varchar(100),
    corporatie  varchar(200)  not null,
    situatie    varchar(2000) not null,
    grond       varchar(500)  not null,
    actie       varchar(2000),
    actor       varchar(200)  not null
);

-- Capacity per team, year and category; the order of the waiting list per team.
create table vhb_capaciteit (
    team_id   bigint      not null references vhb_team (id),
    jaar      int         not null,
    categorie varchar(20) not null check (categorie in ('HUISHOUDEN', 'JONGERE')),
    aantal    int         not null check (aantal >= 0),
    primary key (team_id, jaar, categorie)
);
insert into vhb_capaciteit (team_id, jaar, categorie, aantal)
select id, j, c, case c when 'HUISHOUDEN' then 50 else 14 end from vhb_team,
    (values (2023), (2024), (2025), (2026), (2027)) as jaren (j), (values ('HUISHOUDEN'), ('JONGERE')) as cat (c);

create table vhb_volgorde (
    team_id      bigint      primary key references vhb_team (id),
    kinderen_eerst boolean   not null default true,
    gewijzigd_door varchar(200),
    gewijzigd_op timestamptz
);
insert into vhb_volgorde (team_id) select id from vhb_team;
