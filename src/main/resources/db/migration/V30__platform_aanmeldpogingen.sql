-- Failed sign-ins per account name and per client address, for throttling them (platform.security). A row counts the
-- failures since the last success (account) within a window; geblokkeerd_tot is when the next attempt is judged again.
create table aanmeldpoging (
    sleutel          varchar(250) primary key check (sleutel like 'account:%' or sleutel like 'adres:%'),
    mislukt          int          not null check (mislukt > 0),
    laatste_op       timestamptz  not null,
    geblokkeerd_tot  timestamptz
);
