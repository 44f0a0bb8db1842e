-- The secure download link of a sent letter (module brieven, docs/toezicht-cyclus.md, issue 19 §2, ADR 0055).
-- brief_verzending.vorm: how an e-mail carried the letter (BIJLAGE: the PDF/A attached; DOWNLOADLINK: a link), set for
-- every e-mail (wijze ELEKTRONISCH) and for nothing else; the e-mails sent before this migration carried the PDF/A.
-- brief_downloadlink: one link per placing of such an e-mail (a re-send after expiry makes a new one), for that one
-- letter and addressee (the sending row); only the SHA-256 of the token is stored, never the token; valid up to and
-- including geldig_tot. brief_download: the read log of the links, a row for every download (who: the addressee of the
-- link, when, which letter, from which address); rows are never changed or deleted. Read and written only by
-- brieven.internal.DownloadOpslag (and VerzendOpslag for brief_verzending).
alter table brief_verzending add column vorm varchar(16) check (vorm in ('BIJLAGE', 'DOWNLOADLINK'));
update brief_verzending set vorm = 'BIJLAGE' where wijze = 'ELEKTRONISCH';
alter table brief_verzending add constraint brief_verzending_vorm_bij_email
    check ((wijze = 'ELEKTRONISCH') = (vorm is not null));

create table brief_downloadlink (
    id             bigint generated always as identity primary key,
    verzending_id  bigint       not null references brief_verzending (id),
    token_hash     bytea        not null unique,
    geldig_tot     date         not null,
    aangemaakt_op  timestamptz  not null default now()
);
create index brief_downloadlink_verzending_idx on brief_downloadlink (verzending_id);
create trigger brief_downloadlink_onveranderlijk before update or delete on brief_downloadlink
    for each row execute function brief_onveranderlijk();

create table brief_download (
    id             bigint generated always as identity primary key,
    link_id        bigint        not null references brief_downloadlink (id),
    verzending_id  bigint        not null references brief_verzending (id),
    contact_id     bigint        not null references brief_contact (id),
    naam           varchar(300)  not null,
    gemeente_code  varchar(6)    not null references gemeente (code),
    kenmerk        varchar(40)   not null,
    adres          varchar(300),
    op             timestamptz   not null default now()
);
create index brief_download_verzending_idx on brief_download (verzending_id);
create trigger brief_download_onveranderlijk before update or delete on brief_download
    for each row execute function brief_onveranderlijk();
