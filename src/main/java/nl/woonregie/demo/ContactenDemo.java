package nl.woonregie.demo;

import java.util.List;

import nl.woonregie.brieven.Contacten;
import nl.woonregie.brieven.Contactverzoek;
import nl.woonregie.platform.security.Gebruiker;
import org.springframework.stereotype.Component;

/**
 * The demo's contacts (issue 19 §9): for four municipalities of Zuid-Holland the college and, for 's-Gravenhage, the
 * wethouder and a beleidsmedewerker (the ambtelijk contact the reminders and the monthly overview go to) —
 * <b>fictitious</b> names, {@code example.org} addresses, Postbus addresses marked fictitious — who have
 * accepted electronic decisions (Awb 2:14), so a demo round's letters can be sent by e-mail to the configured mail
 * server (without one the messages wait in the outbox). Kept by the province, as its supervisor would enter them.
 */
@Component
class ContactenDemo {

    /** Municipality, slug of its fictitious address, and its Postbus (fictitious). */
    static final List<String[]> COLLEGES = List.of(
            new String[] {DemoData.DEN_HAAG, "den-haag", "Postbus 12600 (fictief)\n2500 DJ Den Haag"},
            new String[] {"GM0503", "delft", "Postbus 78 (fictief)\n2600 ME Delft"},
            new String[] {"GM0546", "leiden", "Postbus 9100 (fictief)\n2300 PC Leiden"},
            new String[] {CaseloadDemo.WASSENAAR, "wassenaar", "Postbus 23 (fictief)\n2240 AA Wassenaar"});

    private final Contacten contacten;

    ContactenDemo(Contacten contacten) {
        this.contacten = contacten;
    }

    void laad(Gebruiker demo) {
        for (String[] c : COLLEGES) {
            contacten.toevoegenAanGemeente(demo, c[0], new Contactverzoek("BESTUURLIJK", "COLLEGE",
                    "College van burgemeester en wethouders", null, "college@" + c[1] + ".example.org", null, c[2],
                    true, "2022-09-01", "Demo: fictief adres", null, null, null, null, null,
                    "Demo: het college aanvaardt elektronische besluiten"), "demo");
        }
        contacten.toevoegenAanGemeente(demo, DemoData.DEN_HAAG, new Contactverzoek("BESTUURLIJK", "WETHOUDER",
                "M. de Boer (fictief)", "Wethouder wonen", "m.deboer@den-haag.example.org", null, null, true,
                "2022-09-01", "Demo: fictieve wethouder", null, null, null, null, null,
                "Demo: de wethouder aanvaardt elektronische besluiten"), "demo");
        // an official of the municipality: the reminders (the lease window, peildata, actions) and the monthly overview
        // go to the ambtelijke contacts, so the supervisor's reminders page has something due
        contacten.toevoegenAanGemeente(demo, DemoData.DEN_HAAG, new Contactverzoek("AMBTELIJK", "BELEIDSMEDEWERKER",
                "S. Jansen (fictief)", "Beleidsmedewerker huisvesting vergunninghouders",
                "s.jansen@den-haag.example.org", null, null, false, null,
                "Demo: fictieve beleidsmedewerker; ontvangt de herinneringen en het maandoverzicht", null, null, null,
                null, null, "Demo: het ambtelijke aanspreekpunt voor de herinneringen"), "demo");
    }
}
