-- The herindelingen of 1 January 2021 and 1 January 2022 (module gebied, docs/gebied.md), so that the register of
-- gemeenten is complete from 1 January 2020 (it was from 1 January 2022). The distribution of the taakstelling
-- (module verdeling, docs/verdeling.md) needs the indeling on 1 January of a half-year's year and the herindelingen
-- since the population's peildatum (Huisvestingswet 2014, art. 29 and 30): for 2021-I … 2022-II those of 2021 and 2022.
--
-- Facts (CBS gemeentecodes; names as in the population file of 1 January 2019, bevolking-gemeenten-per-jaar.csv):
--   1 January 2021: Appingedam (GM0003), Delfzijl (GM0010) and Loppersum (GM0024) became Eemsdelta (GM1979, new);
--                   Haaren (GM0788) was split between Boxtel (GM0757), Oisterwijk (GM0824), Tilburg (GM0855) and
--                   Vught (GM0865).
--   1 January 2022: Heerhugowaard (GM0398) and Langedijk (GM0416) became Dijk en Waard (GM1980, new); Beemster
--                   (GM0370) merged into Purmerend (GM0439); Boxmeer (GM0756), Cuijk (GM1684), Grave (GM0786),
--                   Mill en Sint Hubert (GM0815) and Sint Anthonis (GM1702) became Land van Cuijk (GM1982, new);
--                   Landerd (GM1685) and Uden (GM0856) became Maashorst (GM1991, new).
-- The codes agree with the population files shipped in referentiedata/ (the 14 codes appear up to 2019 and not in
-- 2022, the 4 new ones from 2022); the checks at the end refuse to run when the register and those files disagree.
--
-- Region memberships are not extended: the veiligheidsregio's of the gemeenten that ended before 2022 are not in the
-- sources (referentiedata/PROVENANCE.md), so regions stay known from 1 January 2022 (GebiedService).

insert into gemeente (code, naam, provincie_code, geldig_vanaf, geldig_tot, opgegaan_in) values
    ('GM0003', 'Appingedam',          'PV20', null, date '2021-01-01', 'GM1979'),
    ('GM0010', 'Delfzijl',            'PV20', null, date '2021-01-01', 'GM1979'),
    ('GM0024', 'Loppersum',           'PV20', null, date '2021-01-01', 'GM1979'),
    ('GM0788', 'Haaren',              'PV30', null, date '2021-01-01', null),
    ('GM0398', 'Heerhugowaard',       'PV27', null, date '2022-01-01', 'GM1980'),
    ('GM0416', 'Langedijk',           'PV27', null, date '2022-01-01', 'GM1980'),
    ('GM0370', 'Beemster',            'PV27', null, date '2022-01-01', 'GM0439'),
    ('GM0756', 'Boxmeer',             'PV30', null, date '2022-01-01', 'GM1982'),
    ('GM1684', 'Cuijk',               'PV30', null, date '2022-01-01', 'GM1982'),
    ('GM0786', 'Grave',               'PV30', null, date '2022-01-01', 'GM1982'),
    ('GM0815', 'Mill en Sint Hubert', 'PV30', null, date '2022-01-01', 'GM1982'),
    ('GM1702', 'Sint Anthonis',       'PV30', null, date '2022-01-01', 'GM1982'),
    ('GM1685', 'Landerd',             'PV30', null, date '2022-01-01', 'GM1991'),
    ('GM0856', 'Uden',                'PV30', null, date '2022-01-01', 'GM1991');

update gemeente set geldig_vanaf = date '2021-01-01' where code = 'GM1979';
update gemeente set geldig_vanaf = date '2022-01-01' where code in ('GM1980', 'GM1982', 'GM1991');

-- A gemeente split between several others (a single opgegaan_in cannot say it): which gemeente received a part of it
-- on the day it ended.
create table gemeente_deling (
    gemeente_code  varchar(6) not null references gemeente (code),
    deel_naar      varchar(6) not null references gemeente (code),
    primary key (gemeente_code, deel_naar),
    constraint gemeente_deling_niet_naar_zichzelf check (gemeente_code <> deel_naar)
);
insert into gemeente_deling (gemeente_code, deel_naar) values
    ('GM0788', 'GM0757'), ('GM0788', 'GM0824'), ('GM0788', 'GM0855'), ('GM0788', 'GM0865');

-- The register against the population files: the gemeenten valid on 1 January 2020 are those of 1 January 2019
-- (no herindeling took effect in between), and those of 1 January 2022 still those of the 2022 file.
do $$
declare
    verschil text;
begin
    select string_agg(code, ', ' order by code) into verschil from (
        (select code from gemeente where (geldig_vanaf is null or geldig_vanaf <= date '2020-01-01')
                                     and (geldig_tot is null or date '2020-01-01' < geldig_tot)
         except select gemeente_code from bevolking where peildatum = date '2019-01-01')
        union all
        (select gemeente_code from bevolking where peildatum = date '2019-01-01'
         except select code from gemeente where (geldig_vanaf is null or geldig_vanaf <= date '2020-01-01')
                                            and (geldig_tot is null or date '2020-01-01' < geldig_tot))
        union all
        (select code from gemeente where (geldig_vanaf is null or geldig_vanaf <= date '2022-01-01')
                                     and (geldig_tot is null or date '2022-01-01' < geldig_tot)
         except select gemeente_code from bevolking where peildatum = date '2022-01-01')
        union all
        (select gemeente_code from bevolking where peildatum = date '2022-01-01'
         except select code from gemeente where (geldig_vanaf is null or geldig_vanaf <= date '2022-01-01')
                                            and (geldig_tot is null or date '2022-01-01' < geldig_tot))
    ) x;
    if verschil is not null then
        raise exception 'Het register van gemeenten wijkt af van de bevolkingscijfers: %', verschil;
    end if;
    if (select count(*) from gemeente where (geldig_vanaf is null or geldig_vanaf <= date '2021-01-01')
                                        and (geldig_tot is null or date '2021-01-01' < geldig_tot)) <> 352 then
        raise exception 'Op 1 januari 2021 waren er 352 gemeenten';
    end if;
end $$;
