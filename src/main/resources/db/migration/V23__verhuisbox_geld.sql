-- Verhuisbox money: budgets per team, year and pot; the grant rules per year as data; grants per case with four
-- eyes (proposer never approves, also checked here), a beschikking per approved grant (stored PDF/A, SHA-256),
-- coordinator overrides of an exhausted pot. Amounts are numeric(…,2), never floating point.
-- Sources for the seeded amounts: docs/verhuisbox.md "Geld" (inventory §4).

-- A pot of money of a team in a year.
create table vhb_pot (
    id               bigint generated always as identity primary key,
    team_id          bigint        not null references vhb_team (id),
    jaar             int           not null check (jaar between 2019 and 2100),
    code             varchar(40)   not null check (code ~ '^[A-Z][A-Z0-9_]*$'),
    naam             varchar(200)  not null,
    bedrag           numeric(12, 2) not null check (bedrag >= 0),
    -- warn when committed + paid reaches this percentage of the budget
    waarschuwing_pct int           not null default 80 check (waarschuwing_pct between 1 and 100),
    bron             varchar(1000),
    gewijzigd_door   varchar(200),
    gewijzigd_op     timestamptz,
    unique (team_id, jaar, code)
);

-- The grant rules of a year: which kinds (soort) exist, from which pot they are paid as gift or as loan, whether a
-- grant is a gift or a loan when the home is outside / inside the team's own municipality, guideline and maximum,
-- legal ground and whether an objection clause applies. No rule lives in code.
create table vhb_regel (
    id                 bigint generated always as identity primary key,
    team_id            bigint        not null references vhb_team (id),
    jaar               int           not null,
    soort              varchar(40)   not null check (soort ~ '^[A-Z][A-Z0-9_]*$'),
    omschrijving       varchar(300)  not null,
    vorm_buiten        varchar(10)   not null check (vorm_buiten in ('GIFT', 'LENING')),
    vorm_eigen         varchar(10)   not null check (vorm_eigen in ('GIFT', 'LENING')),
    pot_gift           varchar(40),
    pot_lening         varchar(40),
    richtbedrag        numeric(10, 2) check (richtbedrag > 0),
    maximum            numeric(10, 2) check (maximum > 0),
    grondslag_gift     varchar(1000),
    grondslag_lening   varchar(1000),
    bezwaar            boolean       not null,
    op_aanvraag        boolean       not null,
    -- the proposal must record the weighing with the waardendriehoek (maatwerkbudget)
    waardendriehoek    boolean       not null default false,
    gewijzigd_door     varchar(200),
    gewijzigd_op       timestamptz,
    unique (team_id, jaar, soort),
    foreign key (team_id, jaar, pot_gift) references vhb_pot (team_id, jaar, code),
    foreign key (team_id, jaar, pot_lening) references vhb_pot (team_id, jaar, code),
    check ((vorm_buiten <> 'GIFT' and vorm_eigen <> 'GIFT') or (pot_gift is not null and grondslag_gift is not null)),
    check ((vorm_buiten <> 'LENING' and vorm_eigen <> 'LENING') or (pot_lening is not null and grondslag_lening is not null)),
    check (maximum is null or richtbedrag is null or richtbedrag <= maximum)
);

-- A grant (verstrekking) of a case. The rule's outcome is copied at the proposal (vorm, pot, grondslag, bezwaar),
-- the addressee at the approval: the beschikking can always be made again from this row alone.
create table vhb_verstrekking (
    id                   bigint generated always as identity primary key,
    casus_id             bigint        not null references vhb_casus (id),
    pot_id               bigint        not null references vhb_pot (id),
    soort                varchar(40)   not null,
    vorm                 varchar(10)   not null check (vorm in ('GIFT', 'LENING')),
    bedrag               numeric(10, 2) not null check (bedrag > 0),
    status               varchar(20)   not null check (status in ('VOORGESTELD', 'GOEDGEKEURD', 'AFGEWEZEN', 'BETAALD')),
    omschrijving         varchar(300)  not null,
    toelichting          varchar(2000),
    waardendriehoek      varchar(2000),
    -- the municipality of the home (null only when the rule gives the same vorm either way and it is not known yet)
    gemeente             varchar(200),
    eigen_gemeente       boolean,
    grondslag            varchar(1000) not null,
    bezwaar              boolean       not null,
    voorgesteld_door     varchar(200)  not null,
    voorgesteld_door_id  bigint        not null references gebruiker (id),
    voorgesteld_op       timestamptz   not null,
    beoordeeld_door      varchar(200),
    beoordeeld_door_id   bigint references gebruiker (id),
    beoordeeld_op        timestamptz,
    afwijzingsreden      varchar(2000),
    ontvanger            varchar(200),
    adres                varchar(300),
    team_naam            varchar(100),
    beschikkingsdatum    date,
    betaald_door         varchar(200),
    betaald_op           date,
    betaalreferentie     varchar(100),
    kenmerk              varchar(40) unique,
    taak_id              bigint references vhb_taak (id),
    -- four eyes: whoever proposed never approves or rejects
    constraint vhb_verstrekking_vier_ogen check (beoordeeld_door_id is null or beoordeeld_door_id <> voorgesteld_door_id),
    check (status = 'VOORGESTELD' or (beoordeeld_door is not null and beoordeeld_door_id is not null and beoordeeld_op is not null)),
    check (status not in ('GOEDGEKEURD', 'BETAALD') or (kenmerk is not null and beschikkingsdatum is not null and ontvanger is not null)),
    check (status <> 'AFGEWEZEN' or afwijzingsreden is not null),
    check ((status = 'BETAALD') = (betaald_op is not null and betaald_door is not null))
);
create index vhb_verstrekking_casus_idx on vhb_verstrekking (casus_id);
create index vhb_verstrekking_pot_idx on vhb_verstrekking (pot_id, status);
create sequence vhb_beschikking_nummer;

-- Approved, rejected and paid grants are fixed; the one change allowed is GOEDGEKEURD → BETAALD with the payment
-- fields (and, in the anonymising transaction, the addressee's name and address). Nothing is ever deleted.
create function vhb_verstrekking_vast() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'vhb_verstrekking: verwijderen is niet toegestaan';
    end if;
    if old.status = 'VOORGESTELD' then
        return new;
    end if;
    if current_setting('woonregie.anonimiseren', true) = 'aan'
            and (to_jsonb(new) - 'ontvanger' - 'adres' - 'toelichting' - 'waardendriehoek' - 'afwijzingsreden')
              = (to_jsonb(old) - 'ontvanger' - 'adres' - 'toelichting' - 'waardendriehoek' - 'afwijzingsreden') then
        return new;
    end if;
    if old.status = 'GOEDGEKEURD' and new.status = 'BETAALD'
            and (to_jsonb(new) - 'status' - 'betaald_door' - 'betaald_op' - 'betaalreferentie')
              = (to_jsonb(old) - 'status' - 'betaald_door' - 'betaald_op' - 'betaalreferentie') then
        return new;
    end if;
    raise exception 'vhb_verstrekking %: een % verstrekking is onveranderlijk', old.id, lower(old.status);
end;
$$;
create trigger vhb_verstrekking_vast before update or delete on vhb_verstrekking
    for each row execute function vhb_verstrekking_vast();

-- The beschikking of an approved grant: made once, then the same bytes on every request.
create table vhb_beschikking (
    verstrekking_id  bigint        primary key references vhb_verstrekking (id),
    kenmerk          varchar(40)   not null unique,
    pdf              bytea         not null,
    sha256           char(64)      not null,
    gemaakt_op       timestamptz   not null default now()
);
create trigger vhb_beschikking_append_only before update or delete on vhb_beschikking
    for each row execute function vhb_append_only();

-- A coordinator's explicit permission to take a pot beyond its budget with this grant (approval and payment).
create table vhb_overschrijding (
    id               bigint generated always as identity primary key,
    verstrekking_id  bigint        not null unique references vhb_verstrekking (id),
    reden            varchar(2000) not null check (length(trim(reden)) > 0),
    door             varchar(200)  not null,
    op               timestamptz   not null default now()
);
create trigger vhb_overschrijding_append_only before update or delete on vhb_overschrijding
    for each row execute function vhb_append_only();

-- Seed: team Den Haag, 2024–2027 (inventory §4; sources per amount in docs/verhuisbox.md).
insert into vhb_pot (team_id, jaar, code, naam, bedrag, waarschuwing_pct, bron)
select t.id, j, p.code, p.naam, p.bedrag, p.pct, p.bron
from vhb_team t, (values (2024), (2025), (2026), (2027)) as jaren (j),
    (values ('MAATWERK', 'Maatwerkbudget SCM', 50000.00, 80,
             'Werkinstructie: jaarlijks flexibel budget € 50.000, richtlijn max. € 250 per cliënt (inventaris §4.1, L49, L1215, L9998–L10004)'),
            ('VERHUISBOX_PLUS', 'Verhuisbox Plus (bijzondere bijstand, gift)', 220000.00, 80,
             'VHB+ project 2021: € 220.000 voor de Verhuisbox, excl. fte (inventaris §4.3, L2102–L2107, L5094–L5098; besteed 2021 € 196.413,45, L9269–L9282)'),
            ('LEENBIJSTAND', 'Leenbijstand bijzondere bijstand Den Haag (lening)', 25000.00, 80,
             'Pilotbudget 2019: eerste huur en waarborgsom 25 × € 1.000 als leenbijstand (inventaris §4.2, L4018–L4133)')
    ) as p (code, naam, bedrag, pct, bron)
where t.naam = 'Den Haag';

insert into vhb_regel (team_id, jaar, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening, richtbedrag,
                       maximum, grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek)
select t.id, j, r.soort, r.omschrijving, r.vorm_buiten, r.vorm_eigen, r.pot_gift, r.pot_lening, r.richtbedrag::numeric,
       r.maximum::numeric, r.grondslag_gift, r.grondslag_lening, r.bezwaar, r.op_aanvraag, r.waardendriehoek
from vhb_team t, (values (2024), (2025), (2026), (2027)) as jaren (j),
    (values
      ('INSCHRIJVING', 'Inschrijfkosten woonnetverdeelsystemen (maatwerkbudget)', 'GIFT', 'GIFT', 'MAATWERK', null,
       250.00, null,
       'Maatwerkbudget SCM: een regelluwe verstrekking om niet, ambtshalve en niet op aanvraag; gewogen met de waardendriehoek.',
       null, false, false, true),
      ('EERSTE_HUUR', 'Eerste huurnota', 'GIFT', 'LENING', 'VERHUISBOX_PLUS', 'LEENBIJSTAND', 1000.00, null,
       'Artikel 35 Participatiewet (bijzondere bijstand), Leidraad Individuele Bijzondere Bijstand 2019: bijzondere bijstand om niet.',
       'Artikel 35 en artikel 48 Participatiewet (bijzondere bijstand in de vorm van een geldlening), Leidraad Individuele Bijzondere Bijstand 2019.',
       true, true, false),
      ('INRICHTING', 'Inrichtingskosten (woninginrichting)', 'GIFT', 'LENING', 'VERHUISBOX_PLUS', 'LEENBIJSTAND', 1750.00, null,
       'Artikel 35 Participatiewet (bijzondere bijstand), Leidraad Individuele Bijzondere Bijstand 2019: bijzondere bijstand om niet.',
       'Artikel 35 en artikel 48 Participatiewet (bijzondere bijstand in de vorm van een geldlening), Leidraad Individuele Bijzondere Bijstand 2019.',
       true, true, false),
      ('REISKOSTEN', 'Reiskosten (bezichtigingen)', 'GIFT', 'LENING', 'VERHUISBOX_PLUS', 'LEENBIJSTAND', 75.00, null,
       'Artikel 35 Participatiewet (bijzondere bijstand), Leidraad Individuele Bijzondere Bijstand 2019: bijzondere bijstand om niet.',
       'Artikel 35 en artikel 48 Participatiewet (bijzondere bijstand in de vorm van een geldlening), Leidraad Individuele Bijzondere Bijstand 2019.',
       true, true, false),
      ('VERHUISKOSTEN', 'Verhuiskosten', 'GIFT', 'LENING', 'VERHUISBOX_PLUS', 'LEENBIJSTAND', 500.00, null,
       'Artikel 35 Participatiewet (bijzondere bijstand), Leidraad Individuele Bijzondere Bijstand 2019: bijzondere bijstand om niet.',
       'Artikel 35 en artikel 48 Participatiewet (bijzondere bijstand in de vorm van een geldlening), Leidraad Individuele Bijzondere Bijstand 2019.',
       true, true, false),
      ('OVERBRUGGING_UITKERING', 'Overbrugging van een (te laat) uitkering in de nieuwe gemeente', 'GIFT', 'LENING',
       'VERHUISBOX_PLUS', 'LEENBIJSTAND', 350.00, null,
       'Artikel 35 Participatiewet (bijzondere bijstand), Leidraad Individuele Bijzondere Bijstand 2019: bijzondere bijstand om niet.',
       'Artikel 35 en artikel 48 Participatiewet (bijzondere bijstand in de vorm van een geldlening), Leidraad Individuele Bijzondere Bijstand 2019.',
       true, true, false),
      ('BORG', 'Borg (waarborgsom)', 'LENING', 'LENING', null, 'LEENBIJSTAND', 1000.00, null, null,
       'Artikel 35 en artikel 48 Participatiewet (leenbijstand), Leidraad Individuele Bijzondere Bijstand 2019: een borg wordt altijd als lening verstrekt.',
       true, true, false)
    ) as r (soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening, richtbedrag, maximum, grondslag_gift,
            grondslag_lening, bezwaar, op_aanvraag, waardendriehoek)
where t.naam = 'Den Haag';
