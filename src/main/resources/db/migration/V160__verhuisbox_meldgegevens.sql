-- Issue 20 §2 (2), ADR 0053: the structured data behind the reports on a referral, next to the free text the form
-- always had (inkomen, slaapplek): remigrant, homeless since (year), the kind of sleeping place, the kind of income
-- (the codes of the historical import, vhb_historie.inkomen), the shelter of origin and the work perspective. All
-- optional (null: not given), so every existing referral stays valid; the household type is derived from
-- volwassenen/kinderen as the report derives it, and is not stored.
alter table vhb_casus
    add column remigrant         boolean,
    add column dakloos_sinds     int check (dakloos_sinds between 1950 and 2100),
    add column slaapplaats_soort varchar(20) check (slaapplaats_soort in ('STRAAT', 'NACHTOPVANG', 'OPVANG',
        'HOTEL', 'INWONEND', 'ANDERS')),
    add column inkomen_soort     varchar(30) check (inkomen_soort in ('PARTICIPATIEWET', 'DAKLOZENUITKERING',
        'INSTELLINGSNORM', 'KOSTENDELERSNORM', 'IOAW', 'AANVULLEND', 'ANDERS')),
    add column opvang            varchar(200),
    add column werkperspectief   boolean;
