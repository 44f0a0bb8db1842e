-- The descriptions of the audit entries of Verhuisbox cases (the case timeline) name codes by their Dutch labels
-- now (platform.web.Labels, labels/*.properties; the checklist items by their description in traject.Checklists),
-- and dates in words. The entries written before keep what happened, who, when and the stored values; only the
-- derived description is written again from those values, exactly as the events now describe themselves
-- (AuditOmschrijvingLabelsMigratieTest compares each with the event's own description). The labels are those of
-- this version; the append-only trigger is off for this one derived column only.
create temporary table label (soort varchar(40), code varchar(60), tekst varchar(200)) on commit drop;
insert into label (soort, code, tekst) values
    ('status', 'MELDING', 'Melding'),
    ('status', 'ICP_TOETS', 'ICP-toets'),
    ('status', 'GEWEIGERD', 'Geweigerd'),
    ('status', 'WACHTLIJST', 'Wachtlijst'),
    ('status', 'INTAKE', 'Intake'),
    ('status', 'ZOEKEN', 'Zoeken'),
    ('status', 'AANBOD', 'Aanbod'),
    ('status', 'VERHUIZING', 'Verhuizing'),
    ('status', 'AFGESLOTEN', 'Afgesloten'),
    ('categorie', 'HUISHOUDEN', 'huishouden'),
    ('categorie', 'JONGERE', 'jongere'),
    ('besluit', 'GEWEIGERD', 'geweigerd'),
    ('besluit', 'WACHTLIJST', 'naar de wachtlijst'),
    ('besluit', 'ONVOLLEDIG', 'nog niet compleet'),
    ('variant', 'INTENSIEF', 'intensieve hulp'),
    ('variant', 'LICHT', 'intake en lichte ondersteuning'),
    ('variant', 'ADVIES', 'alleen adviesgesprek en geld'),
    ('lijst', 'INTAKE', 'intakegesprek'),
    ('lijst', 'AANBOD', 'documenten bij het aanbod'),
    ('lijst', 'VERHUIZING', 'verhuizing en nazorg'),
    ('stand', 'OPEN', 'open'),
    ('stand', 'GEDAAN', 'gedaan'),
    ('stand', 'NVT', 'niet van toepassing'),
    ('reactie', 'REGULIER', 'regulier'),
    ('reactie', 'LOTING', 'loting'),
    ('reactie', 'DIRECT', 'direct'),
    ('item:INTAKE', 'DOSSIERONDERZOEK', 'Voor: dossieronderzoek in CVS/Sezer'),
    ('item:INTAKE', 'AFSPRAAK', 'Voor: cliënt gebeld voor een afspraak (zo nodig spreekbox geboekt)'),
    ('item:INTAKE', 'AANMELDER_GEINFORMEERD', 'Voor: aanmelder geïnformeerd over de intakedatum'),
    ('item:INTAKE', 'BEVESTIGING', 'Voor: afspraak per e-mail bevestigd, met vraag om BRP-uittreksel en inkomensverklaring'),
    ('item:INTAKE', 'LEEFGEBIEDEN', 'Tijdens: leefgebieden uitgevraagd (meldcodeformulier)'),
    ('item:INTAKE', 'WOONHISTORIE', 'Tijdens: woonhistorie uitgevraagd (BRP-uittreksel)'),
    ('item:INTAKE', 'MOBIEL_BANKIEREN', 'Tijdens: mobiel internetbankieren gecontroleerd, app gescand'),
    ('item:INTAKE', 'DOEL', 'Tijdens: doel van de Verhuisbox-intake benoemd'),
    ('item:INTAKE', 'HITTEKAART', 'Tijdens: woningmarktdruk getoond met de hittekaart'),
    ('item:INTAKE', 'ZOEKSYSTEEM', 'Tijdens: zoeksysteem sociale huur uitgelegd met de kaart van woonsites'),
    ('item:INTAKE', 'SOCIALE_HUUR', 'Tijdens: sociale huurwoning uitgelegd (stoffering, huurtoeslag, eigen voorzieningen)'),
    ('item:INTAKE', 'NETWERK_REGIO', 'Tijdens: netwerk en woonwens per provincie besproken (minstens één kansrijke)'),
    ('item:INTAKE', 'ZELF_REAGEREN', 'Tijdens: uitgelegd dat cliënt reageert met hulp van de administratief ondersteuner'),
    ('item:INTAKE', 'VERGOEDINGEN', 'Tijdens: uitgelegd wat financieel vergoed wordt'),
    ('item:INTAKE', 'TOESTEMMING', 'Tijdens: toestemmingsformulier getekend (vrijwillig; weigeren heeft geen gevolgen)'),
    ('item:INTAKE', 'BEVESTIGD', 'Na: inhoud van het gesprek aan cliënt bevestigd'),
    ('item:INTAKE', 'MAATWERKBUDGET', 'Na: maatwerkbudget voor inschrijvingen verstrekt'),
    ('item:INTAKE', 'OVERDRACHT_ADMIN', 'Na: overgedragen aan de administratief ondersteuner'),
    ('item:AANBOD', 'UITKERINGSSPECIFICATIES', 'Laatste drie uitkeringsspecificaties'),
    ('item:AANBOD', 'VERHUURDERSVERKLARING', 'Positieve verhuurdersverklaring'),
    ('item:AANBOD', 'IB60', 'Inkomensverklaring (IB60), beide partners'),
    ('item:AANBOD', 'BRP_HISTORIE', 'Officieel BRP-uittreksel met woonhistorie (geen printscreen)'),
    ('item:AANBOD', 'ID', 'Geldig identiteitsbewijs'),
    ('item:VERHUIZING', 'INSCHRIJVEN', 'Inschrijven nieuwe gemeente (DigiD; bevestiging bewaren)'),
    ('item:VERHUIZING', 'UITKERING', 'Uitkering aanvragen in de nieuwe gemeente (indien van toepassing)'),
    ('item:VERHUIZING', 'HUURTOESLAG', 'Huurtoeslag aanvragen'),
    ('item:VERHUIZING', 'ENERGIE', 'Energie-aansluiting, meterstanden bij sleuteloverdracht'),
    ('item:VERHUIZING', 'WATER', 'Wateraansluiting'),
    ('item:VERHUIZING', 'INTERNET', 'Internet/tv-aansluiting'),
    ('item:VERHUIZING', 'ENERGIETOESLAG', 'Energietoeslag (indien van toepassing)'),
    ('item:VERHUIZING', 'ZORGVERZEKERING', 'Zorgverzekering (collectieve polis) nagaan'),
    ('item:VERHUIZING', 'INBOEDELVERZEKERING', 'Inboedelverzekering afgesloten (advies)'),
    ('item:VERHUIZING', 'INRICHTINGSKOSTEN', 'Inrichtingskosten bijzondere bijstand'),
    ('item:VERHUIZING', 'POTJESCHECK', 'Potjes-check Geldfit'),
    ('item:VERHUIZING', 'ADRES_DOORGEVEN', 'Nieuw adres doorgegeven'),
    ('item:VERHUIZING', 'HUISARTS', 'Huisarts en tandarts gezocht'),
    ('item:VERHUIZING', 'WEGWIJS', 'Wegwijs in nieuwe gemeente, contact maatschappelijk werk'),
    ('item:VERHUIZING', 'AFVALPAS', 'Afvalpas aangevraagd (indien van toepassing)'),
    ('item:VERHUIZING', 'GEMEENTEPAS', 'Gemeentepas / extra voorzieningen nagegaan'),
    ('item:VERHUIZING', 'SCHOOL', 'School voor de kinderen (indien van toepassing)'),
    ('item:VERHUIZING', 'WARME_OVERDRACHT', 'Warme overdracht aan de nieuwe gemeente');

create temporary table maand (nr int, naam varchar(12)) on commit drop;
insert into maand (nr, naam) values (1, 'januari'), (2, 'februari'), (3, 'maart'), (4, 'april'), (5, 'mei'),
    (6, 'juni'), (7, 'juli'), (8, 'augustus'), (9, 'september'), (10, 'oktober'), (11, 'november'), (12, 'december');

create function pg_temp.label(s varchar, c varchar) returns varchar language sql stable as
    $$ select coalesce((select tekst from label where soort = s and code = c), c) $$;
create function pg_temp.datum(d varchar) returns varchar language sql stable as
    $$ select case when d is null then '–' else extract(day from cast(d as date))::int || ' '
        || (select naam from maand where nr = extract(month from cast(d as date))::int) || ' '
        || extract(year from cast(d as date))::int end $$;
create function pg_temp.aantal(n int, een varchar, meer varchar) returns varchar language sql immutable as
    $$ select n || ' ' || case when n = 1 then een else meer end $$;

alter table audit_log disable trigger audit_log_no_update;
update audit_log set omschrijving = case actie
    when 'VHB_STATUS' then case when nieuwe_waarde ->> 'van' is null then ''
            else pg_temp.label('status', nieuwe_waarde ->> 'van') || ' → ' end
        || pg_temp.label('status', nieuwe_waarde ->> 'naar') || ': ' || coalesce(nieuwe_waarde ->> 'reden', '')
    when 'VHB_MELDING' then 'Melding door ' || coalesce(nieuwe_waarde ->> 'organisatie', '–') || ' ('
        || pg_temp.label('categorie', nieuwe_waarde ->> 'categorie') || ')'
    when 'VHB_TOETS' then 'ICP-toets vastgelegd (criteria ' || coalesce(nieuwe_waarde ->> 'jaar', '–') || '): '
        || pg_temp.label('besluit', nieuwe_waarde ->> 'besluit')
    when 'VHB_TOEGEWEZEN' then 'Toegewezen: casemanager ' || coalesce(nieuwe_waarde ->> 'casemanager', '–')
        || ', administratief ' || coalesce(nieuwe_waarde ->> 'administratief', '–')
    when 'VHB_INTAKE' then 'Dienstverlening ' || pg_temp.label('variant', nieuwe_waarde ->> 'variant')
        || ', zoekregio''s vastgelegd'
    when 'VHB_CHECKLIST' then 'Checklist ' || pg_temp.label('lijst', nieuwe_waarde ->> 'lijst') || ': '
        || pg_temp.label('item:' || (nieuwe_waarde ->> 'lijst'), nieuwe_waarde ->> 'code') || ': '
        || pg_temp.label('stand', nieuwe_waarde ->> 'stand')
    when 'VHB_REACTIE' then 'Reactie (' || pg_temp.label('reactie', nieuwe_waarde ->> 'soort') || '): '
        || coalesce(nieuwe_waarde ->> 'woning', '–')
    when 'VHB_UITKERING' then case when (nieuwe_waarde ->> 'beeindigd') = 'true'
        then 'Uitkering Den Haag beëindigd per ' || pg_temp.datum(nieuwe_waarde ->> 'op')
        else 'Uitkering Den Haag niet beëindigd' end
    when 'VHB_NAZORG' then 'Nazorgcontact na '
        || pg_temp.aantal(cast(nieuwe_waarde ->> 'maanden' as int), 'maand', 'maanden') || ' vastgelegd'
    when 'VHB_ENQUETE' then 'Klantenquête vastgelegd'
    when 'VHB_ENQUETELINK' then 'Enquêtelink voor de cliënt gemaakt, geldig tot '
        || pg_temp.datum(nieuwe_waarde ->> 'geldigTot')
        || case when coalesce(cast(nieuwe_waarde ->> 'oudereLinksIngetrokken' as int), 0) > 0 then '; '
            || pg_temp.aantal(cast(nieuwe_waarde ->> 'oudereLinksIngetrokken' as int), 'oudere link', 'oudere links')
            || ' ingetrokken' else '' end
    when 'VHB_GEANONIMISEERD' then pg_temp.aantal(jsonb_array_length(nieuwe_waarde -> 'casussen'), 'casus', 'casussen')
        || ' geanonimiseerd na de bewaartermijn van '
        || pg_temp.aantal(cast(nieuwe_waarde ->> 'bewaartermijnMaanden' as int), 'maand', 'maanden')
    else omschrijving end
where object_type = 'vhb_casus' and nieuwe_waarde is not null;
alter table audit_log enable trigger audit_log_no_update;
