-- Reference data: provinces, gemeenten (with herindelingen), regions and population.
-- Filled by the Java migration V3__Referentiedata (nl.woonregie.gebied.internal) from classpath:referentiedata/.
--
-- Validity periods are half-open: a row is valid on day d when
--     (geldig_vanaf is null or geldig_vanaf <= d) and (geldig_tot is null or d < geldig_tot).
-- geldig_vanaf null means "existed already when the register starts (2022-01-01), start date not recorded";
-- geldig_tot is the first day on which the row is no longer valid (for a merger: the day of the merger).

create table provincie (
    code  varchar(4)   primary key check (code ~ '^PV(2[0-9]|3[01])$'),
    naam  varchar(100) not null unique
);

create table gemeente (
    code            varchar(6)   primary key check (code ~ '^GM[0-9]{4}$'),
    naam            varchar(100) not null,
    provincie_code  varchar(4)   not null references provincie (code),
    geldig_vanaf    date,
    geldig_tot      date,
    opgegaan_in     varchar(6)   references gemeente (code),
    constraint gemeente_periode check (geldig_vanaf is null or geldig_tot is null or geldig_vanaf < geldig_tot),
    constraint gemeente_opgegaan_in_na_einde check (opgegaan_in is null or geldig_tot is not null),
    constraint gemeente_niet_in_zichzelf check (opgegaan_in is null or opgegaan_in <> code)
);
create index gemeente_provincie_idx on gemeente (provincie_code);
create index gemeente_opgegaan_in_idx on gemeente (opgegaan_in);

create table regio (
    code   varchar(10)  primary key check (code ~ '^[A-Z]{2}[0-9]{2,4}$'),
    naam   varchar(100) not null,
    soort  varchar(40)  not null check (soort ~ '^[A-Z][A-Z_]*$'),
    unique (soort, naam)
);

create table regio_gemeente (
    id             bigint generated always as identity primary key,
    regio_code     varchar(10) not null references regio (code),
    gemeente_code  varchar(6)  not null references gemeente (code),
    geldig_vanaf   date,
    geldig_tot     date,
    constraint regio_gemeente_periode check (geldig_vanaf is null or geldig_tot is null or geldig_vanaf < geldig_tot)
);
create unique index regio_gemeente_uniek_idx
    on regio_gemeente (regio_code, gemeente_code, coalesce(geldig_vanaf, date '0001-01-01'));
create index regio_gemeente_gemeente_idx on regio_gemeente (gemeente_code);

-- Population on a peildatum (1 January), on the indeling of that date. No foreign key to gemeente: the years before
-- 2022 contain codes of gemeenten that are not in the register.
create table bevolking (
    gemeente_code  varchar(6)   not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    peildatum      date         not null,
    inwoners       integer      not null check (inwoners >= 0),
    naam_in_bron   varchar(100) not null,
    primary key (gemeente_code, peildatum)
);
create index bevolking_peildatum_idx on bevolking (peildatum);
