-- The extra ambition above the taakstelling (issue 15, §3; the 2022-II ambition of 20 000 against an official
-- 13 500). A municipality's ambition for a period is stored where the additional opgave always was, beside the
-- taakstelling: a new version of its taakstelling row with additionele_opgave = ambitie − taakstelling (versioned,
-- with reason and import, audited). An ambition is imported (soort AMBITIE, columns gemeente;periode;ambitie) or
-- computed from a national number; a computation records its inputs here, with the import that stored it.
-- Owned by toezicht (toezicht.cijfers) for now; to move to the module verdeling with the distribution of art. 29.

alter table cijfer_import drop constraint cijfer_import_soort_check;
alter table cijfer_import add constraint cijfer_import_soort_check
    check (soort in ('TAAKSTELLING', 'BEGINSTAND', 'COA_STAND', 'AMBITIE'));

create table ambitie_berekening (
    id                  bigint generated always as identity primary key,
    import_id           bigint       not null unique references cijfer_import (id),
    provincie_code      varchar(4)   not null references provincie (code),
    periode             varchar(8)   not null check (periode ~ '^\d{4}-(I|II)$'),
    landelijk           int          not null check (landelijk > 0),
    peildatum_bevolking date         not null,
    inwoners_nederland  bigint       not null check (inwoners_nederland > 0),
    afronding           varchar(20)  not null check (afronding in ('OMHOOG')),
    aantal_gemeenten    int          not null,
    ingevoerd_door      varchar(200) not null,
    ingevoerd_op        timestamptz  not null default now()
);
create index ambitie_berekening_periode on ambitie_berekening (provincie_code, periode);
