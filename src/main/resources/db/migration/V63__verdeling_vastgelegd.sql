-- A distribution stored as the taakstellingen of a period (module verdeling, docs/verdeling.md), with every input it
-- was computed from: the national number, the rounding and the population parameter with their sources, the
-- peildatum and iN, and per gemeente iG with where it came from. The taakstellingen themselves are stored by toezicht's
-- import (versioned and audited); import_id names that import (null when every value was already so).
create table verdeling (
    id                   bigint generated always as identity primary key,
    periode              varchar(8)    not null check (periode ~ '^\d{4}-(I|II)$'),
    landelijk            bigint        not null check (landelijk >= 0),
    afronding            varchar(20)   not null check (afronding in ('OMHOOG', 'HALF_OMHOOG')),
    -- true: the rounding was chosen and differs from the period's parameter (whose source afronding_bron stays)
    afronding_gevraagd   boolean       not null,
    afronding_bron       text          not null,
    bevolking_peildatum  date          not null,
    bevolking_instantie  varchar(50)   not null,
    bevolking_bron       text          not null,
    inwoners_nederland   bigint        not null check (inwoners_nederland > 0),
    som                  bigint        not null check (som >= 0),
    -- null: every gemeente (an administrator); otherwise the province whose gemeenten were stored
    provincie_code       varchar(4)    references provincie (code),
    import_id            bigint,
    aantal_nieuw         int           not null,
    aantal_gewijzigd     int           not null,
    aantal_ongewijzigd   int           not null,
    reden                varchar(2000),
    vastgelegd_door      varchar(200)  not null,
    vastgelegd_op        timestamptz   not null default now()
);
create index verdeling_periode_idx on verdeling (periode);

create table verdeling_gemeente (
    verdeling_id   bigint       not null references verdeling (id),
    gemeente_code  varchar(6)   not null references gemeente (code),
    inwoners       bigint       not null check (inwoners >= 0),
    inwoners_bron  varchar(20)  not null check (inwoners_bron in ('CBS', 'SOM_VAN_DELEN', 'PROVINCIE')),
    kenmerk        varchar(200),
    taakstelling   bigint       not null check (taakstelling >= 0),
    -- the stored taakstelling before this distribution (null: there was none)
    eerder         bigint,
    primary key (verdeling_id, gemeente_code)
);
