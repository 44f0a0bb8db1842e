-- Withdrawing a secure download link before its last day (module brieven, docs/toezicht-cyclus.md, issue 19 §2,
-- ADR 0055). brief_downloadlink stays immutable: a withdrawal is a row of its own, one per link (unique link_id), with
-- who withdrew it, when and why. A withdrawn link answers 410 like an expired one; the next sending of the letter makes
-- the addressee a new link (as after expiry). Rows are only added. Read and written only by brieven.internal.DownloadOpslag.
create table brief_downloadlink_intrekking (
    id             bigint generated always as identity primary key,
    link_id        bigint        not null unique references brief_downloadlink (id),
    verzending_id  bigint        not null references brief_verzending (id),
    reden          varchar(500)  not null check (length(btrim(reden)) > 0),
    door           varchar(100)  not null,
    op             timestamptz   not null default now()
);
create index brief_downloadlink_intrekking_verzending_idx on brief_downloadlink_intrekking (verzending_id);
create trigger brief_downloadlink_intrekking_onveranderlijk before update or delete on brief_downloadlink_intrekking
    for each row execute function brief_onveranderlijk();
