-- The audit trail records domain events (platform.audit.AuditGebeurtenis). Each entry now also keeps the event's
-- Dutch description, written with it, so that a timeline shows it as recorded instead of rebuilding text from the
-- stored values. For the entries of Verhuisbox cases written before this version the description is derived once,
-- here, from their stored values, exactly as the case timeline used to do it. The entries themselves (who, what,
-- when, old and new values) are not changed; the append-only trigger is off for this one derived column only.
alter table audit_log add column omschrijving varchar(2000);

alter table audit_log disable trigger audit_log_no_update;
update audit_log set omschrijving = case actie
    when 'VHB_STATUS' then coalesce(nieuwe_waarde ->> 'van', 'null') || ' → ' || coalesce(nieuwe_waarde ->> 'naar', 'null')
        || ': ' || coalesce(nieuwe_waarde ->> 'reden', 'null')
    when 'VHB_MELDING' then 'Melding door ' || coalesce(nieuwe_waarde ->> 'organisatie', 'null') || ' ('
        || coalesce(nieuwe_waarde ->> 'categorie', 'null') || ')'
    when 'VHB_TOETS' then 'ICP-toets vastgelegd (criteria ' || coalesce(nieuwe_waarde ->> 'jaar', 'null') || '): '
        || coalesce(nieuwe_waarde ->> 'besluit', 'null')
    when 'VHB_CHECKLIST' then 'Checklist ' || coalesce(nieuwe_waarde ->> 'lijst', 'null') || ': '
        || coalesce(nieuwe_waarde ->> 'code', 'null') || ' ' || coalesce(nieuwe_waarde ->> 'stand', 'null')
    when 'VHB_TOEGEWEZEN' then 'Toegewezen: casemanager ' || coalesce(nieuwe_waarde ->> 'casemanager', 'null')
        || ', administratief ' || coalesce(nieuwe_waarde ->> 'administratief', 'null')
    when 'VHB_INTAKE' then 'Dienstverlening ' || coalesce(nieuwe_waarde ->> 'variant', 'null') || ', zoekregio''s vastgelegd'
    when 'VHB_INSCHRIJVING' then 'Ingeschreven op ' || coalesce(nieuwe_waarde ->> 'website', 'null')
        || case when (nieuwe_waarde ->> 'inloggegevensInKluis') = 'true' then ' (inloggegevens in de kluis)' else '' end
    when 'VHB_KLUIS_ONTHULD' then 'Inloggegevens uit de kluis getoond (inschrijving '
        || coalesce(nieuwe_waarde ->> 'inschrijving', 'null') || ')'
    when 'VHB_REACTIE' then 'Reactie (' || coalesce(nieuwe_waarde ->> 'soort', 'null') || '): '
        || coalesce(nieuwe_waarde ->> 'woning', 'null')
    when 'VHB_TAAK_AFGEROND' then 'Taak afgerond'
    when 'VHB_UITKERING' then case when (nieuwe_waarde ->> 'beeindigd') = 'true'
        then 'Uitkering Den Haag beëindigd per ' || coalesce(nieuwe_waarde ->> 'op', 'null')
        else 'Uitkering Den Haag niet beëindigd' end
    else actie end
where object_type = 'vhb_casus' and nieuwe_waarde is not null;
update audit_log set omschrijving = actie where object_type = 'vhb_casus' and nieuwe_waarde is null;
alter table audit_log enable trigger audit_log_no_update;
