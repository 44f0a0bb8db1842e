package nl.woonregie.brieven;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.woonregie.brieven.internal.ContactOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts register (issue 19 §1): per municipality its ambtelijke and bestuurlijke contacts, and per province its
 * contacts at COA regions and corporations, from which letters and invitations take their addressees. Who reads a
 * municipality's contacts: BEHEERDER, its province's TOEZICHTHOUDER and the municipality itself (GEMEENTE); who changes
 * one: whoever keeps it — the province's entries its supervisor, the municipality's own entries the municipality —
 * and BEHEERDER. A province's own register: BEHEERDER and its supervisor. Every change is a new version with its
 * reason and a {@link ContactGebeurtenis} in the audit trail. Anyone else gets 404 for a contact and 403 for a
 * register. Officials' details are personal data, scoped and audited; reads are not logged (the architecture's rule for
 * this register: docs/toezicht-cyclus.md).
 */
@Service
public class Contacten {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern TELEFOON = Pattern.compile("[+]?[0-9 ()-]{6,40}");

    private final ContactOpslag opslag;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    Contacten(ContactOpslag opslag, GebiedService gebied, ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** What the reader may do with a municipality's contacts. */
    public record Zicht(boolean lezen, boolean toevoegen, Bijhouder als) {
    }

    /** The reader's rights on the municipality's register; 404 for an unknown municipality. */
    public Zicht zichtGemeente(Gebruiker g, String gemeente) {
        String provincie = provincieVan(gemeente);
        boolean provincieZijde = g.heeft(Rol.BEHEERDER) || g.provincies(Rol.TOEZICHTHOUDER).contains(provincie);
        boolean zelf = g.gemeenten(Rol.GEMEENTE).contains(gemeente);
        return new Zicht(provincieZijde || zelf, provincieZijde || zelf,
                zelf ? Bijhouder.GEMEENTE : Bijhouder.PROVINCIE);
    }

    /** The municipality's contacts (active first, then by organisation role and name). */
    @Transactional(readOnly = true)
    public List<Contact> vanGemeente(Gebruiker g, String gemeente) {
        vereisLezen(zichtGemeente(g, gemeente));
        return opslag.vanGemeente(gemeente).stream().map(r -> contact(g, r, null)).sorted(VOLGORDE).toList();
    }

    /** The province's own register: its contacts at COA regions and corporations. */
    @Transactional(readOnly = true)
    public List<Contact> vanProvincie(Gebruiker g, String provincie) {
        vereisProvincie(g, provincie);
        return opslag.vanProvincie(provincie).stream().map(r -> contact(g, r, null)).toList();
    }

    /** One contact with every version; 404 when it does not exist or the reader may not read it. */
    @Transactional(readOnly = true)
    public Contact lees(Gebruiker g, long id) {
        ContactOpslag.Rij r = opslag.lees(id).filter(x -> magLezen(g, x))
                .orElseThrow(() -> ApiException.notFound("Contact " + id + " bestaat niet."));
        return contact(g, r, opslag.versies(id));
    }

    /** Adds a contact to the municipality's register, kept by the caller's side; 400 naming every invalid field. */
    @Transactional
    public Contact toevoegenAanGemeente(Gebruiker g, String gemeente, Contactverzoek v, String client) {
        Zicht z = zichtGemeente(g, gemeente);
        if (!z.toevoegen()) {
            throw geenToegang();
        }
        List<InvalidParam> fouten = new ArrayList<>();
        if (v != null && (v.organisatiesoort() != null || v.organisatie() != null)) {
            if (v.organisatiesoort() != null) {
                fouten.add(new InvalidParam("organisatiesoort", "hoort alleen bij het register van de provincie"));
            }
            if (v.organisatie() != null) {
                fouten.add(new InvalidParam("organisatie", "hoort alleen bij het register van de provincie"));
            }
        }
        Contactgegevens c = gegevens(v, fouten, true, null);
        String reden = tekst(v == null ? null : v.reden(), "reden", 2000, true, fouten);
        weigerBijFouten(fouten);
        String provincie = provincieVan(gemeente);
        long id = opslag.voegToe(provincie, gemeente, Organisatiesoort.GEMEENTE, null, z.als(), c, reden, g.actor());
        publiceer(id, provincie, gemeente, 1, null, c, reden, g, client);
        return lees(g, id);
    }

    /** Adds a contact at a COA region or corporation to the province's register; 400 naming every invalid field. */
    @Transactional
    public Contact toevoegenAanProvincie(Gebruiker g, String provincie, Contactverzoek v, String client) {
        vereisProvincie(g, provincie);
        List<InvalidParam> fouten = new ArrayList<>();
        Organisatiesoort soort = null;
        String soortTekst = v == null ? null : v.organisatiesoort();
        if (soortTekst == null || soortTekst.isBlank()) {
            fouten.add(new InvalidParam("organisatiesoort", "verplicht: COA_REGIO of CORPORATIE"));
        } else {
            try {
                soort = Organisatiesoort.valueOf(soortTekst.strip());
            } catch (IllegalArgumentException e) {
                soort = null;
            }
            if (soort == null || soort == Organisatiesoort.GEMEENTE) {
                fouten.add(new InvalidParam("organisatiesoort", "COA_REGIO of CORPORATIE (de contacten van een "
                        + "gemeente staan in het register van die gemeente)"));
            }
        }
        String organisatie = tekst(v == null ? null : v.organisatie(), "organisatie", 200, true, fouten);
        Contactgegevens c = gegevens(v, fouten, true, null);
        geenGemeentelijkeRol(c, fouten);
        String reden = tekst(v == null ? null : v.reden(), "reden", 2000, true, fouten);
        weigerBijFouten(fouten);
        long id = opslag.voegToe(provincie, null, soort, organisatie, Bijhouder.PROVINCIE, c, reden, g.actor());
        publiceer(id, provincie, null, 1, null, c, reden, g, client);
        return lees(g, id);
    }

    /**
     * A new version of the contact, made to version {@code versie} (409 when it changed meanwhile); only whoever keeps
     * it (403 for another reader who may read it, 404 for anyone else). 400 naming every invalid field.
     */
    @Transactional
    public Contact wijzigen(Gebruiker g, long id, Integer versie, Contactverzoek v, String client) {
        ContactOpslag.Rij r = opslag.lees(id).filter(x -> magLezen(g, x))
                .orElseThrow(() -> ApiException.notFound("Contact " + id + " bestaat niet."));
        if (!magWijzigen(g, r)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", r.bijgehoudenDoor() == Bijhouder.GEMEENTE
                    ? "Dit contact houdt de gemeente zelf bij." : "Dit contact houdt de provincie bij.", null);
        }
        List<InvalidParam> fouten = new ArrayList<>();
        if (versie == null) {
            fouten.add(new InvalidParam("versie", "verplicht: de versie die u wijzigt (of If-Match)"));
        }
        String organisatie = null;
        if (r.organisatiesoort() == Organisatiesoort.GEMEENTE) {
            if (v != null && v.organisatiesoort() != null) {
                fouten.add(new InvalidParam("organisatiesoort", "hoort alleen bij het register van de provincie"));
            }
            if (v != null && v.organisatie() != null) {
                fouten.add(new InvalidParam("organisatie", "hoort alleen bij het register van de provincie"));
            }
        } else {
            if (v != null && v.organisatiesoort() != null && !v.organisatiesoort().strip()
                    .equals(r.organisatiesoort().name())) {
                fouten.add(new InvalidParam("organisatiesoort", "blijft " + r.organisatiesoort().name()));
            }
            organisatie = tekst(v == null ? null : v.organisatie(), "organisatie", 200, false, fouten);
        }
        Contactgegevens c = gegevens(v, fouten, r.gegevens().actief(), r.gegevens().herinneringenUit());
        if (r.organisatiesoort() != Organisatiesoort.GEMEENTE) {
            geenGemeentelijkeRol(c, fouten);
        }
        String reden = tekst(v == null ? null : v.reden(), "reden", 2000, true, fouten);
        weigerBijFouten(fouten);
        if (versie != r.versie() || !opslag.wijzig(id, versie, organisatie, c, reden, g.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "Het contact is intussen gewijzigd "
                    + "(nu versie " + opslag.lees(id).map(ContactOpslag.Rij::versie).orElse(r.versie())
                    + "); lees het opnieuw.", null);
        }
        publiceer(id, r.provincie(), r.gemeente(), versie + 1, r.gegevens(), c, reden, g, client);
        return lees(g, id);
    }

    /**
     * The active contacts of a municipality, ambtelijk and bestuurlijk (COLLEGE first): for the invitations and
     * verslagen of toezichtgesprekken (ADR 0058).
     */
    @Transactional(readOnly = true)
    public List<Contact> actief(String gemeente) {
        return opslag.vanGemeente(gemeente).stream().filter(r -> r.gegevens().actief())
                .map(r -> new Contact(r.id(), r.provincie(), r.gemeente(), r.organisatiesoort(), gebied.naam(gemeente),
                        r.bijgehoudenDoor(), r.versie(), r.gegevens(), r.gegevens().verzendwijze(), r.op(), r.door(),
                        false, null))
                .sorted(VOLGORDE).toList();
    }

    /** The active contacts of a municipality to whom a decision is addressed (COLLEGE first): for letters. */
    @Transactional(readOnly = true)
    public List<Contact> geadresseerden(String gemeente) {
        return opslag.vanGemeente(gemeente).stream().filter(r -> r.gegevens().actief())
                .filter(r -> r.gegevens().soort() == Contactsoort.BESTUURLIJK)
                .map(r -> new Contact(r.id(), r.provincie(), r.gemeente(), r.organisatiesoort(), gebied.naam(gemeente),
                        r.bijgehoudenDoor(), r.versie(), r.gegevens(), r.gegevens().verzendwijze(), r.op(), r.door(),
                        false, null))
                .sorted(VOLGORDE).toList();
    }

    /**
     * The addressees of a vooraankondiging (step 4): the college's ({@link #geadresseerden}) and, as the copy to the
     * council, the active griffie contacts of the register (ambtelijk or bestuurlijk), each once.
     */
    public List<Contact> geadresseerdenMetRaad(String gemeente) {
        List<Contact> lijst = new java.util.ArrayList<>(geadresseerden(gemeente));
        java.util.Set<Long> al = new java.util.HashSet<>(lijst.stream().map(Contact::id).toList());
        griffie(gemeente).stream().filter(c -> al.add(c.id())).forEach(lijst::add);
        return List.copyOf(lijst);
    }

    /** The active griffie contacts of the municipality in the register: the council's address for a copy. */
    public List<Contact> griffie(String gemeente) {
        return opslag.vanGemeente(gemeente).stream().filter(r -> r.gegevens().actief())
                .filter(r -> r.gegevens().rol() == Contactrol.GRIFFIE)
                .map(r -> new Contact(r.id(), r.provincie(), r.gemeente(), r.organisatiesoort(), gebied.naam(gemeente),
                        r.bijgehoudenDoor(), r.versie(), r.gegevens(), r.gegevens().verzendwijze(), r.op(), r.door(),
                        false, null))
                .sorted(VOLGORDE).toList();
    }

    private static final Comparator<Contact> VOLGORDE = Comparator
            .comparing((Contact c) -> !c.gegevens().actief())
            .thenComparing(c -> c.gegevens().rol())
            .thenComparing(c -> c.gegevens().naam());

    private Contact contact(Gebruiker g, ContactOpslag.Rij r, List<Contact.Versie> versies) {
        String organisatie = r.organisatiesoort() == Organisatiesoort.GEMEENTE ? gebied.naam(r.gemeente())
                : r.organisatie();
        return new Contact(r.id(), r.provincie(), r.gemeente(), r.organisatiesoort(), organisatie, r.bijgehoudenDoor(),
                r.versie(), r.gegevens(), r.gegevens().verzendwijze(), r.op(), r.door(), magWijzigen(g, r), versies);
    }

    private boolean magLezen(Gebruiker g, ContactOpslag.Rij r) {
        if (g.heeft(Rol.BEHEERDER) || g.provincies(Rol.TOEZICHTHOUDER).contains(r.provincie())) {
            return true;
        }
        return r.gemeente() != null && g.gemeenten(Rol.GEMEENTE).contains(r.gemeente());
    }

    private boolean magWijzigen(Gebruiker g, ContactOpslag.Rij r) {
        if (g.heeft(Rol.BEHEERDER)) {
            return true;
        }
        return r.bijgehoudenDoor() == Bijhouder.PROVINCIE
                ? g.provincies(Rol.TOEZICHTHOUDER).contains(r.provincie())
                : g.gemeenten(Rol.GEMEENTE).contains(r.gemeente());
    }

    private void vereisProvincie(Gebruiker g, String provincie) {
        if (gebied.provincie(provincie).isEmpty()) {
            throw ApiException.notFound("Provincie " + provincie + " bestaat niet.");
        }
        if (!g.heeft(Rol.BEHEERDER) && !g.provincies(Rol.TOEZICHTHOUDER).contains(provincie)) {
            throw geenToegang();
        }
    }

    private static void vereisLezen(Zicht z) {
        if (!z.lezen()) {
            throw geenToegang();
        }
    }

    private static ApiException geenToegang() {
        return new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "U hebt geen toegang tot dit contactregister.",
                null);
    }

    private String provincieVan(String gemeente) {
        return gebied.provincieVan(gemeente)
                .orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " bestaat niet."));
    }

    private static void weigerBijFouten(List<InvalidParam> fouten) {
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het contact is niet vastgelegd.", fouten);
        }
    }

    /**
     * The facts as judged: every invalid field named in {@code fouten}; {@code actief} and the reminders switched off
     * default to the given values (a change that leaves them out keeps them).
     */
    private static Contactgegevens gegevens(Contactverzoek v, List<InvalidParam> fouten, boolean actiefStandaard,
            List<Herinneringsoort> uitStandaard) {
        Contactverzoek x = v == null ? new Contactverzoek(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null) : v;
        Contactsoort soort = keuze(Contactsoort.class, x.soort(), "soort", "ambtelijk of bestuurlijk", fouten);
        Contactrol rol = keuze(Contactrol.class, x.rol(), "rol", "kies een rol uit de lijst", fouten);
        String naam = tekst(x.naam(), "naam", 200, true, fouten);
        String functie = tekst(x.functie(), "functie", 200, false, fouten);
        String email = tekst(x.email(), "email", 254, false, fouten);
        if (email != null && !EMAIL.matcher(email).matches()) {
            fouten.add(new InvalidParam("email", "geen e-mailadres (naam@domein.nl)"));
        }
        String telefoon = tekst(x.telefoon(), "telefoon", 40, false, fouten);
        if (telefoon != null && !TELEFOON.matcher(telefoon).matches()) {
            fouten.add(new InvalidParam("telefoon", "alleen cijfers, spaties, +, - en haakjes"));
        }
        String postadres = tekst(x.postadres() == null ? null : x.postadres().replace("\r\n", "\n"), "postadres", 500,
                false, fouten);
        boolean elektronisch = Boolean.TRUE.equals(x.elektronischBereikbaar());
        if (elektronisch && email == null) {
            fouten.add(new InvalidParam("email", "verplicht als het contact elektronisch bereikbaar is voor besluiten"));
        }
        LocalDate sinds = null;
        String sindsTekst = tekst(x.elektronischSinds(), "elektronischSinds", 10, false, fouten);
        if (sindsTekst != null && !elektronisch) {
            fouten.add(new InvalidParam("elektronischSinds", "alleen als het contact elektronisch bereikbaar is"));
        } else if (sindsTekst != null) {
            try {
                sinds = LocalDate.parse(sindsTekst);
            } catch (DateTimeParseException e) {
                fouten.add(new InvalidParam("elektronischSinds", "geen datum (JJJJ-MM-DD)"));
            }
        }
        if (rol == Contactrol.COLLEGE && postadres == null && !elektronisch) {
            fouten.add(new InvalidParam("postadres", "verplicht voor het college als het niet elektronisch bereikbaar "
                    + "is: een besluit gaat dan per post"));
        }
        String toelichting = tekst(x.toelichting(), "toelichting", 2000, false, fouten);
        boolean actief = x.actief() == null ? actiefStandaard : x.actief();
        List<Herinneringsoort> uit = x.herinneringenUit() == null ? uitStandaard
                : herinneringenUit(x.herinneringenUit(), fouten);
        return new Contactgegevens(soort, rol, naam, functie, email, telefoon, postadres, elektronisch, sinds,
                toelichting, actief, uit == null || uit.isEmpty() ? null : uit);
    }

    /** The kinds of reminder switched off, each once, in the enum's order; an unknown kind is named. */
    private static List<Herinneringsoort> herinneringenUit(List<String> waarden, List<InvalidParam> fouten) {
        java.util.EnumSet<Herinneringsoort> uit = java.util.EnumSet.noneOf(Herinneringsoort.class);
        for (int i = 0; i < waarden.size(); i++) {
            String w = waarden.get(i);
            try {
                uit.add(Herinneringsoort.valueOf(w == null ? "" : w.strip()));
            } catch (IllegalArgumentException e) {
                fouten.add(new InvalidParam("herinneringenUit[" + i + "]", "onbekende soort herinnering; kies uit "
                        + java.util.Arrays.toString(Herinneringsoort.values())));
            }
        }
        return List.copyOf(uit);
    }

    /** A COA region or a corporation has no college, burgemeester, wethouder, gemeentesecretaris or griffie. */
    private static void geenGemeentelijkeRol(Contactgegevens c, List<InvalidParam> fouten) {
        if (c.rol() != null && c.rol().gemeentelijk()) {
            fouten.add(new InvalidParam("rol", "een rol van een gemeente; kies contactpersoon, beleidsmedewerker, "
                    + "teamleider of overig"));
        }
    }

    private static <E extends Enum<E>> E keuze(Class<E> type, String waarde, String veld, String uitleg,
            List<InvalidParam> fouten) {
        if (waarde == null || waarde.isBlank()) {
            fouten.add(new InvalidParam(veld, "verplicht: " + uitleg));
            return null;
        }
        try {
            return Enum.valueOf(type, waarde.strip());
        } catch (IllegalArgumentException e) {
            fouten.add(new InvalidParam(veld, "onbekend: " + uitleg));
            return null;
        }
    }

    static String tekst(String waarde, String veld, int max, boolean verplicht, List<InvalidParam> fouten) {
        String t = waarde == null ? null : waarde.strip();
        if (t == null || t.isEmpty()) {
            if (verplicht) {
                fouten.add(new InvalidParam(veld, "verplicht"));
            }
            return null;
        }
        if (t.length() > max) {
            fouten.add(new InvalidParam(veld, "ten hoogste " + max + " tekens"));
        }
        return t;
    }

    private void publiceer(long id, String provincie, String gemeente, int versie, Contactgegevens vorige,
            Contactgegevens nu, String reden, Gebruiker g, String client) {
        Map<String, Object> waarden = waarden(nu);
        waarden.put("reden", reden);
        gebeurtenissen.publishEvent(new ContactGebeurtenis.Vastgelegd(id, provincie, gemeente, versie,
                vorige == null ? null : waarden(vorige), waarden, new Actor(g.actor(), client)));
    }

    private static Map<String, Object> waarden(Contactgegevens c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("soort", c.soort().name());
        m.put("rol", c.rol().name());
        m.put("naam", c.naam());
        m.put("functie", c.functie());
        m.put("email", c.email());
        m.put("telefoon", c.telefoon());
        m.put("postadres", c.postadres());
        m.put("elektronischBereikbaar", c.elektronischBereikbaar());
        m.put("elektronischSinds", c.elektronischSinds() == null ? null : c.elektronischSinds().toString());
        m.put("toelichting", c.toelichting());
        m.put("actief", c.actief());
        m.put("herinneringenUit", c.herinneringenUit() == null ? List.of()
                : c.herinneringenUit().stream().map(Enum::name).toList());
        return m;
    }
}
