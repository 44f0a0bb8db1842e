-- Agreements between gemeenten that move taakstelling between them for a half-year (Huisvestingswet 2014, art. 29
-- lid 2; module verdeling, docs/verdeling.md): the joint decision of their colleges (kenmerk, date) and per gemeente
-- the taakstelling before and after; the sum stays the same (the service refuses otherwise before anything is
-- written). The taakstellingen themselves are stored by toezicht's import (versioned, with the agreement in their
-- reason); import_id names that import.
create table herverdeling (
    id               bigint generated always as identity primary key,
    periode          varchar(8)    not null check (periode ~ '^\d{4}-(I|II)$'),
    kenmerk          varchar(200)  not null,
    besluitdatum     date          not null,
    toelichting      varchar(2000),
    import_id        bigint,
    vastgelegd_door  varchar(200)  not null,
    vastgelegd_op    timestamptz   not null default now()
);
create index herverdeling_periode_idx on herverdeling (periode);

create table herverdeling_gemeente (
    herverdeling_id  bigint      not null references herverdeling (id),
    gemeente_code    varchar(6)  not null references gemeente (code),
    taakstelling_voor bigint     not null check (taakstelling_voor >= 0),
    taakstelling_na   bigint     not null check (taakstelling_na >= 0),
    primary key (herverdeling_id, gemeente_code)
);
create index herverdeling_gemeente_code_idx on herverdeling_gemeente (gemeente_code);
