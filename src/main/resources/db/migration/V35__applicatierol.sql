-- The application role: it reads and writes rows, and owns nothing (docs/platform.md, platform.database).
-- These migrations run as the owner role of the schema; the application connects as ${applicatierol}. Only an owner
-- (or a superuser) can alter or drop a table or switch off a trigger, so the application cannot switch off the
-- triggers that keep the audit trail, letters, talks, rounds and Verhuisbox history unchanged. It may only add to the
-- audit trail, and only read Flyway's history. Tables made by later migrations get the same row rights (default
-- privileges of the owner role).
-- A database where the application and Flyway use one role (an external database set up before this version) keeps
-- working: then nothing is granted, and the README shows how to split the roles.
do $$
declare
    app text := '${applicatierol}';
begin
    if app = current_user then
        raise notice 'Woonregie: the application uses the role Flyway uses (%); no separate rights granted', app;
        return;
    end if;
    if not exists (select from pg_roles where rolname = app) then
        raise exception 'Woonregie: the application role % does not exist (README: external PostgreSQL)', app;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select, update on all sequences in schema public to %I', app);
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
                   app);
    execute format('alter default privileges in schema public grant usage, select, update on sequences to %I', app);
    execute format('revoke update, delete, truncate on audit_log from %I', app);
    execute format('revoke insert, update, delete, truncate on %I from %I', '${flyway:table}', app);
end
$$;
