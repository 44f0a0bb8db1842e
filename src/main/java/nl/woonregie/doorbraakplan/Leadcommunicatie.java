package nl.woonregie.doorbraakplan;

import java.util.List;

/** What a project's (a lead's) communication plan holds: the actions and meetings that concern it. */
public record Leadcommunicatie(String gemeente, long lead, String leadNaam, Long tranche, String trancheNaam,
        List<Communicatieactie> acties, List<Bijeenkomst> bijeenkomsten) {
}
