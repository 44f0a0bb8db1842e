-- The list of housing sites was one list, and the coordinator of any team changed it for every team. A site now
-- belongs to the national list (team_id null: the seed of inventory §6.2 and the sites added before this version)
-- or to one team: a site the team added, or the team's own version of a national site (vervangt_id), which that team
-- sees instead of the national one. A coordinator changes only the sites of its own team; changing a national site
-- makes the team's version. Registrations keep the site they were made on.
alter table vhb_website add column team_id bigint references vhb_team (id);
alter table vhb_website add column vervangt_id bigint references vhb_website (id);
alter table vhb_website add constraint vhb_website_versie_van_team
    check (vervangt_id is null or team_id is not null);
alter table vhb_website drop constraint vhb_website_naam_key;
create unique index vhb_website_landelijk_naam on vhb_website (naam) where team_id is null;
create unique index vhb_website_team_naam on vhb_website (team_id, naam) where team_id is not null;
create unique index vhb_website_team_versie on vhb_website (team_id, vervangt_id) where vervangt_id is not null;
