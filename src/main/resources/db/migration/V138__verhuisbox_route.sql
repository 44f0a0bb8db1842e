-- Issue 20 (a), ADR 0043: the route of a referral. REGULIER (waiting list, capacity-gated intake, search) or
-- ALLEEN_GELD (the self-finder: a home in view, from the ICP-toets straight to the money and the move, status
-- ALLEEN_GELD, outside the capacity and the waiting-list order). Existing cases took the regular route.
alter table vhb_casus add column route varchar(20) not null default 'REGULIER'
    check (route in ('REGULIER', 'ALLEEN_GELD'));
