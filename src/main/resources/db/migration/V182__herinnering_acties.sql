-- The reminders of the actions of a plan van aanpak (module brieven, issue 19 §7, ADR 0059): a second kind in
-- herinnering. Its subject is '<action id>/bijna' (the deadline is 7 days away) or '<action id>/verlopen' (it passed).
alter table herinnering drop constraint herinnering_soort_check;
alter table herinnering add constraint herinnering_soort_check check (soort in ('TERMIJN_HUURCONTRACTEN', 'ACTIE'));
