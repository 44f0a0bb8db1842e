-- Documents (module document, docs/document.md, ADR 0016): attachments of objects of other modules — a talk, a plan
-- of action, a lease, a decision, a Verhuisbox case, later projects, leads and programme items. The document module
-- knows an object only by its kind (objectsoort, registered by the owning module) and id; the owner answers who may
-- read and add. A document has versions; a new version never replaces an old one. The bytes are stored here (bytea),
-- so a backup of the database holds them and every instance on the database serves them.
create table document (
    id                   bigint generated always as identity primary key,
    objectsoort          varchar(40)  not null check (objectsoort ~ '^[a-z][a-z0-9-]*$'),
    object_id            bigint       not null,
    titel                varchar(200) not null check (length(trim(titel)) > 0),
    aangemaakt_door      varchar(200) not null,
    aangemaakt_op        timestamptz  not null default now(),
    -- retention: when the content of every version was removed with its object's (e.g. an anonymised case)
    inhoud_verwijderd_op timestamptz
);
create index document_object_idx on document (objectsoort, object_id);

create table document_versie (
    document_id  bigint       not null references document (id),
    versie       int          not null check (versie >= 1),
    bestandsnaam varchar(255) not null check (length(trim(bestandsnaam)) > 0),
    mediatype    varchar(100) not null,
    grootte      bigint       not null check (grootte > 0),
    sha256       char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    -- null once removed for retention; otherwise exactly grootte bytes
    inhoud       bytea        check (inhoud is null or octet_length(inhoud) = grootte),
    door         varchar(200) not null,
    op           timestamptz  not null default now(),
    primary key (document_id, versie)
);
-- PDF, Office files and images are compressed already: store them out of line without trying to compress again.
alter table document_versie alter column inhoud set storage external;

-- A version is never changed or removed, and a document never removed. The one exception is retention: the
-- transaction that removes the content of an object's documents (it sets woonregie.document_wissen = 'aan' locally)
-- may empty inhoud and overwrite the file name and title; nothing else.
create function document_versie_onveranderlijk() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('woonregie.document_wissen', true) = 'aan' and new.inhoud is null
       and (new.document_id, new.versie, new.mediatype, new.grootte, new.sha256, new.door, new.op)
           is not distinct from (old.document_id, old.versie, old.mediatype, old.grootte, old.sha256, old.door, old.op)
    then
        return new;
    end if;
    raise exception 'document_versie is onveranderlijk (% geweigerd)', tg_op;
end;
$$;
create trigger document_versie_geen_wijziging before update or delete on document_versie
    for each row execute function document_versie_onveranderlijk();

create function document_onveranderlijk() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('woonregie.document_wissen', true) = 'aan'
       and new.inhoud_verwijderd_op is not null
       and (new.id, new.objectsoort, new.object_id, new.aangemaakt_door, new.aangemaakt_op)
           is not distinct from (old.id, old.objectsoort, old.object_id, old.aangemaakt_door, old.aangemaakt_op)
    then
        return new;
    end if;
    raise exception 'document is onveranderlijk (% geweigerd)', tg_op;
end;
$$;
create trigger document_geen_wijziging before update or delete on document
    for each row execute function document_onveranderlijk();

create function document_niet_legen() returns trigger language plpgsql as $$
begin
    raise exception '% kan niet worden geleegd', tg_table_name;
end;
$$;
create trigger document_niet_legen before truncate on document
    for each statement execute function document_niet_legen();
create trigger document_versie_niet_legen before truncate on document_versie
    for each statement execute function document_niet_legen();
