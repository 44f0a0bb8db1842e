-- Issue 20 §2 (1, 4), ADR 0053: the register of referring organisations (verwijzers) of a Verhuisbox team, kept by
-- its coordinator (versioned: every change raises versie and is audited as VHB_VERWIJZER_*), the organisation each
-- aanmelder account belongs to (one per account and team), and the organisation of a referral (vhb_casus.verwijzer_id).
-- Seed: the referrers the inventory names (verhuisbox-inventory.md, Roles L64 and Data L336; 2021 report L9192-L9197
-- for "Casemanagers OCW" and "D&T loket SZW", the names the 2021 figures use) for every team that exists now; a team
-- made later starts with an empty register.
create table vhb_verwijzer (
    id             bigint generated always as identity primary key,
    team_id        bigint       not null references vhb_team (id),
    naam           varchar(200) not null check (length(trim(naam)) > 0),
    soort          varchar(20)  not null check (soort in ('GEMEENTELIJK', 'OPVANG', 'ZORGAANBIEDER', 'ANDERS')),
    contactpersoon varchar(200),
    contact_email  varchar(200),
    actief         boolean      not null default true,
    versie         int          not null default 1,
    gewijzigd_door varchar(200) not null,
    gewijzigd_op   timestamptz  not null default now()
);
create unique index vhb_verwijzer_naam on vhb_verwijzer (team_id, lower(naam));

create table vhb_verwijzer_aanmelder (
    gebruiker_id   bigint       not null references gebruiker (id),
    team_id        bigint       not null references vhb_team (id),
    verwijzer_id   bigint       not null references vhb_verwijzer (id),
    gekoppeld_door varchar(200) not null,
    gekoppeld_op   timestamptz  not null default now(),
    primary key (gebruiker_id, team_id)
);

alter table vhb_casus add column verwijzer_id bigint references vhb_verwijzer (id);
create index vhb_casus_verwijzer on vhb_casus (verwijzer_id);

insert into vhb_verwijzer (team_id, naam, soort, gewijzigd_door)
select t.id, v.naam, v.soort, 'migratie V159'
from vhb_team t cross join (values
    ('Casemanagers OCW', 'GEMEENTELIJK'), ('D&T loket SZW', 'GEMEENTELIJK'), ('TEO', 'GEMEENTELIJK'),
    ('JMO', 'GEMEENTELIJK'), ('CJG', 'GEMEENTELIJK'), ('Leger des Heils', 'OPVANG'),
    ('Kessler Stichting', 'OPVANG'), ('Perspektief', 'ZORGAANBIEDER'), ('Parnassia', 'ZORGAANBIEDER'),
    ('Limor', 'ZORGAANBIEDER'), ('JIT', 'ANDERS'), ('Straat Consulaat', 'ANDERS')) as v (naam, soort);

-- Existing referrals: the organisation as the aanmelder typed it is kept (aanmelder_organisatie); where it is the name
-- of a register entry of the team (ignoring case and surrounding spaces) the referral is linked to that entry. The
-- others stay unlinked and are the coordinator's list "Niet gekoppeld" (GET verwijzers/ongekoppeld). Cases imported
-- from the team's spreadsheet (vhb_historie) keep the organisation as written in the file and are never linked.
update vhb_casus c set verwijzer_id = v.id
from vhb_verwijzer v
where v.team_id = c.team_id and lower(trim(c.aanmelder_organisatie)) = lower(v.naam)
  and not exists (select 1 from vhb_historie h where h.casus_id = c.id);
