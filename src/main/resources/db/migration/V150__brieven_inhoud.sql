-- The letter's own content, set by the supervisor during the round's review (module brieven, docs/brieven.md,
-- issue 19 §2, ADR 0050): per round the province's dossier/zaak number, the named signer with function and an optional
-- free paragraph; per round and municipality "Uw kenmerk" (when the municipality gave one), an optional free paragraph
-- and the copy-to list (one addressee a line, e.g. the council for step 4). The letters frozen at vaststellen carry it;
-- once the round is vastgesteld it no longer changes (the service answers 409). Each row has a version (If-Match) and
-- who changed it last; every change is an event in the audit trail. Read and written only by
-- brieven.internal.BriefInhoudOpslag.
create table brief_inhoud_ronde (
    ronde_id              bigint        primary key references beoordelingsronde (id),
    zaaknummer            varchar(60),
    ondertekenaar         varchar(200),
    ondertekenaar_functie varchar(200),
    alinea                varchar(4000),
    versie                int           not null check (versie >= 1),
    gewijzigd_op          timestamptz   not null default now(),
    gewijzigd_door        varchar(200)  not null,
    check ((ondertekenaar is null) = (ondertekenaar_functie is null))
);

create table brief_inhoud_gemeente (
    ronde_id       bigint        not null references beoordelingsronde (id),
    gemeente_code  varchar(6)    not null references gemeente (code),
    uw_kenmerk     varchar(100),
    alinea         varchar(4000),
    afschrift      varchar(2000),
    versie         int           not null check (versie >= 1),
    gewijzigd_op   timestamptz   not null default now(),
    gewijzigd_door varchar(200)  not null,
    primary key (ronde_id, gemeente_code)
);
