-- Verhuisbox figures (issue 7, "Figures"): the facts the annual report counts, on the case itself, and the indexes
-- its queries use. Independent of V23 (money): the report reads vhb_pot / vhb_verstrekking when they exist.

-- The day the household was housed (moved, or got a home in Den Haag); set when closing as VERHUISD or
-- GEHUISVEST_DEN_HAAG from the verhuisdatum of the closing (default: the day of closing).
alter table vhb_casus add column gehuisvest_op date;
-- The destination as a CBS gemeente code (validated against the gebied register); the free text stays for display.
alter table vhb_casus add column bestemming_code varchar(6) references gemeente (code);
-- Whether the Den Haag benefit (uitkering) ended after the move, and from which day; recorded at or after closing.
alter table vhb_casus add column uitkering_beeindigd boolean;
alter table vhb_casus add column uitkering_beeindigd_op date;
alter table vhb_casus add constraint vhb_casus_gehuisvest check (gehuisvest_op is null or uitkomst in ('VERHUISD', 'GEHUISVEST_DEN_HAAG'));
alter table vhb_casus add constraint vhb_casus_uitkering check (
    (uitkering_beeindigd is null and uitkering_beeindigd_op is null)
    or (uitkering_beeindigd = false and uitkering_beeindigd_op is null)
    or (uitkering_beeindigd = true and uitkering_beeindigd_op is not null));

-- Cases closed before this migration: the housing day is the move date of the aftercare plan, else the closing day.
update vhb_casus c set gehuisvest_op = coalesce(
    (select min(n.verhuisdatum) from vhb_nazorg n where n.casus_id = c.id),
    (select max((s.tijdstip at time zone 'Europe/Amsterdam')::date) from vhb_statuswijziging s
      where s.casus_id = c.id and s.naar = 'AFGESLOTEN'))
where c.uitkomst in ('VERHUISD', 'GEHUISVEST_DEN_HAAG');
-- ... and the destination code where the free text is exactly the name of one current gemeente.
update vhb_casus c set bestemming_code = g.code
from gemeente g
where c.uitkomst = 'VERHUISD' and c.bestemming is not null and lower(g.naam) = lower(c.bestemming)
  and g.geldig_tot is null
  and (select count(*) from gemeente x where lower(x.naam) = lower(c.bestemming) and x.geldig_tot is null) = 1;

-- Indexes for the report: per team by referral day, housing day, benefit end; the state history by target and time.
create index vhb_casus_team_compleet_idx on vhb_casus (team_id, compleet_op);
create index vhb_casus_team_gehuisvest_idx on vhb_casus (team_id, gehuisvest_op) where gehuisvest_op is not null;
create index vhb_casus_team_uitkering_idx on vhb_casus (team_id, uitkering_beeindigd_op) where uitkering_beeindigd_op is not null;
create index vhb_statuswijziging_naar_tijdstip_idx on vhb_statuswijziging (naar, tijdstip);
create index vhb_statuswijziging_casus_tijdstip_idx on vhb_statuswijziging (casus_id, tijdstip);
create index vhb_toetsing_casus_idx on vhb_toetsing (casus_id, jaar, code, id);
create index vhb_nazorg_vastgelegd_idx on vhb_nazorg (vastgelegd_op) where vastgelegd_op is not null;
create index vhb_enquete_vastgelegd_idx on vhb_enquete (team_id, vastgelegd_op);
