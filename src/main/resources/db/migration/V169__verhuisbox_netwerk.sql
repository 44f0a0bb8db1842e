-- Housing in the client's own network as an intervention and an outcome (issue 20 §1; the SCM pilot's first
-- intervention, 002:L85–L87, L322–L325: "sociale netwerk uitvragen en beoordelen of iemand in eigen netwerk kan
-- verblijven … uitschakelen kostendelersnorm, briefadres"; inventory §2.4). Recorded once on the case while it is in
-- Intake, Zoeken or Aanbod: with whom, the day, whether a briefadres is used and whether the kostendelersnorm is
-- switched off, and the account that recorded it. Closing with the outcome GEHUISVEST_NETWERK needs it.
alter table vhb_casus
    add column netwerk_bij                 varchar(200),
    add column netwerk_op                  date,
    add column netwerk_briefadres          boolean,
    add column netwerk_kostendelersnorm_uit boolean,
    add column netwerk_vastgelegd_door     varchar(200),
    add constraint vhb_casus_netwerk check ((netwerk_op is null) = (netwerk_bij is null)
        and (netwerk_op is null) = (netwerk_briefadres is null)
        and (netwerk_op is null) = (netwerk_kostendelersnorm_uit is null)
        and (netwerk_op is null) = (netwerk_vastgelegd_door is null));

alter table vhb_casus drop constraint vhb_casus_uitkomst_check;
alter table vhb_casus add constraint vhb_casus_uitkomst_check
    check (uitkomst in ('VERHUISD', 'GEHUISVEST_DEN_HAAG', 'GEHUISVEST_NETWERK', 'GESTOPT'));
-- the outcome of the own network needs the recorded intervention
alter table vhb_casus add constraint vhb_casus_netwerk_uitkomst
    check (uitkomst is distinct from 'GEHUISVEST_NETWERK' or netwerk_op is not null);
-- housed in the own network has its housing day too (the day of closing, or the verhuisdatum given)
alter table vhb_casus drop constraint vhb_casus_gehuisvest;
alter table vhb_casus add constraint vhb_casus_gehuisvest
    check (gehuisvest_op is null or uitkomst in ('VERHUISD', 'GEHUISVEST_DEN_HAAG', 'GEHUISVEST_NETWERK'));
