-- A PROJECTLEIDER of a programme's project (module programma, issue 18, ADR 0049): the assignment names the programme
-- (programma_id) and the project's number in its plan (project_id). An assignment with only project_id stays the
-- projectleider of a lead of the doorbraakplan, as before. The other roles' scopes are unchanged.
alter table toewijzing drop constraint toewijzing_scope;
alter table toewijzing add constraint toewijzing_scope check (case
    when rol in ('BEHEERDER', 'COA', 'RIJK')
        then num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 0
    when rol in ('TOEZICHTHOUDER', 'BELEIDSMEDEWERKER')
        then provincie_code is not null
            and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
    when rol in ('GEMEENTE', 'PROGRAMMATEAM', 'BESTUUR', 'CASEMANAGER_INTEGRATIE')
        then gemeente_code is not null
            and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
    when rol in ('AANMELDER', 'ICP', 'CASEMANAGER', 'ADMINISTRATIEF', 'CONSULENT', 'COORDINATOR')
        then team_id is not null
            and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
    when rol in ('PROGRAMMAMANAGER', 'CONTROLLER')
        then programma_id is not null
            and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
    when rol = 'DIENST'
        then gemeente_code is not null and afdeling_code is not null
            and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 2
    when rol = 'PROJECTLEIDER'
        then project_id is not null and (
            num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
            or (programma_id is not null
                and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 2))
    else false end);
