-- The CJG rule (issue 20 §1; the Hoensbroek case review, 002:L7552–L7566: "CJG in the lead bij huisvestingsvraag",
-- "het CJG gevraagd wordt om een gesprek met het gezin te organiseren over een eventuele verhuizing"; inventory §9,
-- §10 #22): with minor children in the household the CJG gezinscoach leads and holds a family talk (gezinsgesprek)
-- before the search. Recorded once on the case, while it is in Intake: the day, the gezinscoach who held it and the
-- account that recorded it. Existing cases have none; the rule is a condition of Intake → Zoeken only, so cases
-- already searching are not affected.
alter table vhb_casus
    add column gezinsgesprek_op               date,
    add column gezinscoach                    varchar(200),
    add column gezinsgesprek_vastgelegd_door  varchar(200),
    add constraint vhb_casus_gezinsgesprek check ((gezinsgesprek_op is null) = (gezinscoach is null)
        and (gezinsgesprek_op is null) = (gezinsgesprek_vastgelegd_door is null));
