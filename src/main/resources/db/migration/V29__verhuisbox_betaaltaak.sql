-- A grant's open task (vhb_verstrekking.taak_id): its approval task while it is proposed, its payment task once it
-- is approved — set at the approval from this version on, so that recording the payment completes that very task
-- by its id and kind (BETALING_VERSTREKKING) instead of finding it by its text. Grants approved before this version
-- still point at their (completed) approval task: point them at their open payment task, found this once by the text
-- it was made with ("Betaling vastleggen: <kenmerk> …"). The trigger that keeps a decided grant fixed is off for
-- this one column only.
alter table vhb_verstrekking disable trigger vhb_verstrekking_vast;
update vhb_verstrekking v set taak_id = t.id
from vhb_taak t
where v.status = 'GOEDGEKEURD' and t.casus_id = v.casus_id and t.soort = 'BETALING_VERSTREKKING'
  and t.afgerond_op is null and t.omschrijving like 'Betaling vastleggen: ' || v.kenmerk || ' %';
alter table vhb_verstrekking enable trigger vhb_verstrekking_vast;
