-- Exchanges (uitruil) of vergunninghouders between two gemeenten under an administrative agreement (module verdeling,
-- docs/verdeling.md): the persons count for the receiving gemeente (naar) and no longer for the other (van) in an
-- ended half-year. The province records it as a correction of COA's final figure of both gemeenten through toezicht
-- (coa_definitief, versioned, with the agreement in the reason); the values before and after are kept here.
create table uitruil (
    id               bigint generated always as identity primary key,
    periode          varchar(8)    not null check (periode ~ '^\d{4}-(I|II)$'),
    van_gemeente     varchar(6)    not null references gemeente (code),
    naar_gemeente    varchar(6)    not null references gemeente (code) check (naar_gemeente <> van_gemeente),
    aantal           int           not null check (aantal > 0),
    kenmerk          varchar(200)  not null,
    besluitdatum     date          not null,
    toelichting      varchar(2000),
    van_voor         bigint        not null,
    van_na           bigint        not null check (van_na >= 0),
    naar_voor        bigint        not null,
    naar_na          bigint        not null,
    vastgelegd_door  varchar(200)  not null,
    vastgelegd_op    timestamptz   not null default now()
);
create index uitruil_van_idx on uitruil (van_gemeente, periode);
create index uitruil_naar_idx on uitruil (naar_gemeente, periode);
