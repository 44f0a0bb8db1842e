-- The contacts register (module brieven, docs/toezicht-cyclus.md, issue 19 §1): per municipality its ambtelijke and
-- bestuurlijke contacts (wethouder, griffie, the college's postal address …), and per province its contacts at COA
-- regions and corporations. Who keeps an entry: the province (its TOEZICHTHOUDER) or the municipality itself (its own
-- entries); every change is a new version with who, when and why, and an event in the audit trail. An official's
-- contact details are personal data: scoped to the province and the municipality, changes audited. Whether a contact
-- has said to be reachable electronically for decisions (Awb 2:14) decides whether a decision goes by e-mail or post.
-- Read and written only by brieven.internal.ContactOpslag.
create table brief_contact (
    id                  bigint generated always as identity primary key,
    provincie_code      varchar(4)    not null references provincie (code),
    gemeente_code       varchar(6)    references gemeente (code),
    organisatiesoort    varchar(20)   not null check (organisatiesoort in ('GEMEENTE', 'COA_REGIO', 'CORPORATIE')),
    organisatie         varchar(200),
    bijgehouden_door    varchar(20)   not null check (bijgehouden_door in ('PROVINCIE', 'GEMEENTE')),
    versie              int           not null check (versie >= 1),
    check ((organisatiesoort = 'GEMEENTE') = (gemeente_code is not null)),
    check ((organisatiesoort = 'GEMEENTE') = (organisatie is null))
);
create index brief_contact_gemeente_idx on brief_contact (gemeente_code);
create index brief_contact_provincie_idx on brief_contact (provincie_code, organisatiesoort);

-- Every version of a contact, the current one included: the facts as a typed record (brieven.Contactgegevens) as JSON
-- with its schema version.
create table brief_contact_versie (
    contact_id     bigint        not null references brief_contact (id),
    versie         int           not null check (versie >= 1),
    schema_versie  int           not null check (schema_versie = 1),
    gegevens       jsonb         not null,
    reden          varchar(2000) not null,
    door           varchar(200)  not null,
    op             timestamptz   not null default now(),
    primary key (contact_id, versie)
);
