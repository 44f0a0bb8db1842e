package nl.woonregie.verhuisbox.traject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Gebruikers;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.verhuisbox.traject.internal.VerwijzerRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of referring organisations of a Verhuisbox team (issue 20 §2, ADR 0053): LdH, Kessler, Straat
 * Consulaat, the municipal desks, care providers … kept by the team's COORDINATOR (add, change, deactivate; every
 * change raises the entry's {@code versie}, a change names the version it changes and a stale one is a 409), and the
 * aanmelder accounts that belong to each entry (one entry per account and team). A referral by such an account
 * carries its organisation from the register; the report's breakdowns by organisation take the register's name. The
 * free text of older referrals that matched no entry is the coordinator's list to work through ({@link #ongekoppeld},
 * {@link #koppelMeldingen}). Every change is an audited {@link TeamGebeurtenis}.
 */
@Service
public class Verwijzers {

    /** What kind of organisation refers. */
    public enum Soort {
        GEMEENTELIJK, OPVANG, ZORGAANBIEDER, ANDERS
    }

    /** An entry as the API and the page show it; {@code aanmelders} are the account names that belong to it. */
    public record Verwijzer(long id, String naam, Soort soort, String soortLabel, String contactpersoon,
            String contactEmail, boolean actief, int versie, List<String> aanmelders) {
    }

    /** What the coordinator enters for an entry (actief: absent is true). */
    @Schema(name = "VerwijzerInvoer")
    public record Invoer(String naam, String soort, String contactpersoon, String contactEmail, Boolean actief) {
    }

    /** Free text of referrals that is not linked to an entry, with the number of referrals that carry it. */
    public record Ongekoppeld(String organisatie, long meldingen) {
    }

    private final VerwijzerRepository register;
    private final VerhuisboxToegang toegang;
    private final Gebruikers gebruikers;
    private final ApplicationEventPublisher gebeurtenissen;

    Verwijzers(VerwijzerRepository register, VerhuisboxToegang toegang, Gebruikers gebruikers,
            ApplicationEventPublisher gebeurtenissen) {
        this.register = register;
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The team's register (COORDINATOR and ICP, who refers on behalf of others; 403 else). */
    public List<Verwijzer> lijst(Gebruiker door) {
        toegang.teamrol(door, Rol.COORDINATOR, Rol.ICP);
        return register.vanTeam(door.team()).stream().map(this::verwijzer).toList();
    }

    /** One entry of the own team (404 for another team's or none). */
    public Verwijzer lees(long id, Gebruiker door) {
        toegang.teamrol(door, Rol.COORDINATOR, Rol.ICP);
        return verwijzer(eigen(id, door));
    }

    /** Adds an entry (COORDINATOR); 400 naming every invalid field, 409 for a name the register has. */
    @Transactional
    public Verwijzer voegToe(Invoer in, Gebruiker door, String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        Gecontroleerd g = controleer(in, door.team(), 0L, List.of());
        long id = register.voegToe(door.team(), g.naam, g.soort.name(), g.contactpersoon, g.contactEmail, g.actief,
                door.actor());
        gebeurtenissen.publishEvent(new TeamGebeurtenis.VerwijzerToegevoegd(door.team(), id, g.naam,
                g.soort.name(), g.contactpersoon, g.contactEmail, g.actief, new Actor(door.actor(), client)));
        return verwijzer(register.lees(id).orElseThrow());
    }

    /**
     * Changes an entry of the own team at version {@code versie} (the If-Match of the request; COORDINATOR): 400
     * naming every invalid field (also a missing version), 409 when it changed meanwhile or the name is taken.
     * A new name is the name every referral of the entry shows from now on, also in the figures.
     */
    @Transactional
    public Verwijzer wijzig(long id, Integer versie, Invoer in, Gebruiker door, String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        VerwijzerRepository.Rij oud = eigen(id, door);
        List<InvalidParam> extra = versie == null || versie < 1
                ? List.of(new InvalidParam("If-Match", "verplicht: de versie die u wijzigt (de ETag van de verwijzer)"))
                : List.of();
        Gecontroleerd g = controleer(in, door.team(), id, extra);
        if (!register.wijzig(id, versie, g.naam, g.soort.name(), g.contactpersoon, g.contactEmail, g.actief,
                door.actor())) {
            throw verouderd(id);
        }
        gebeurtenissen.publishEvent(TeamGebeurtenis.VerwijzerGewijzigd.van(id,
                new String[] {oud.naam(), oud.soort(), oud.contactpersoon(), oud.contactEmail()}, oud.actief(),
                oud.versie(), new String[] {g.naam, g.soort.name(), g.contactpersoon, g.contactEmail}, g.actief,
                new Actor(door.actor(), client)));
        return verwijzer(register.lees(id).orElseThrow());
    }

    /**
     * The aanmelder account {@code gebruikersnaam} of the own team belongs to this entry from now on (in place of
     * another entry it belonged to), at version {@code versie} of the entry (COORDINATOR). 400 naming
     * {@code gebruikersnaam} when it is not an aanmelder of the team, 409 on a stale version or an inactive entry.
     */
    @Transactional
    public Verwijzer koppelAanmelder(long id, Integer versie, String gebruikersnaam, Gebruiker door, String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        VerwijzerRepository.Rij v = eigen(id, door);
        List<InvalidParam> f = new ArrayList<>();
        Long account = aanmelder(gebruikersnaam, door.team(), f);
        if (versie == null || versie < 1) {
            f.add(new InvalidParam("If-Match", "verplicht: de versie die u wijzigt (de ETag van de verwijzer)"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("Het account kan niet gekoppeld worden.", f);
        }
        if (!v.actief()) {
            throw new ApiException(HttpStatus.CONFLICT, "Verwijzer niet actief", v.naam()
                    + " is niet actief; maak de verwijzer eerst weer actief.",
                    List.of(new InvalidParam("actief", "de verwijzer is niet actief")));
        }
        Long vorige = register.vanAanmelder(account, door.team()).orElse(null);
        if (!register.verhoogVersie(id, versie, door.actor())) {
            throw verouderd(id);
        }
        if (vorige != null && vorige != id) {
            register.lees(vorige).ifPresent(r -> register.verhoogVersie(r.id(), r.versie(), door.actor()));
        }
        register.koppelAanmelder(account, door.team(), id, door.actor());
        gebeurtenissen.publishEvent(new TeamGebeurtenis.AanmelderGekoppeld(id, gebruikersnaam.strip(), true, vorige,
                versie + 1, new Actor(door.actor(), client)));
        return verwijzer(register.lees(id).orElseThrow());
    }

    /** The account no longer belongs to this entry (COORDINATOR; If-Match as {@link #koppelAanmelder}); 404 if not. */
    @Transactional
    public Verwijzer ontkoppelAanmelder(long id, Integer versie, String gebruikersnaam, Gebruiker door,
            String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        eigen(id, door);
        if (versie == null || versie < 1) {
            throw ApiException.invalid("Geef de versie.", List.of(new InvalidParam("If-Match",
                    "verplicht: de versie die u wijzigt (de ETag van de verwijzer)")));
        }
        Long account = gebruikers.idVan(gebruikersnaam, Rol.AANMELDER, door.team()).orElse(null);
        if (account == null || register.vanAanmelder(account, door.team()).filter(x -> x == id).isEmpty()) {
            throw ApiException.notFound("Het account " + gebruikersnaam + " hoort niet bij deze verwijzer.");
        }
        if (!register.verhoogVersie(id, versie, door.actor())) {
            throw verouderd(id);
        }
        register.ontkoppelAanmelder(account, door.team(), id);
        gebeurtenissen.publishEvent(new TeamGebeurtenis.AanmelderGekoppeld(id, gebruikersnaam, false, null,
                versie + 1, new Actor(door.actor(), client)));
        return verwijzer(register.lees(id).orElseThrow());
    }

    /** The free text of the team's referrals that no entry matched (COORDINATOR): the list to work through. */
    public List<Ongekoppeld> ongekoppeld(Gebruiker door) {
        toegang.teamrol(door, Rol.COORDINATOR);
        return register.ongekoppeld(door.team()).stream()
                .map(t -> new Ongekoppeld(t.organisatie(), t.casussen())).toList();
    }

    /**
     * Links the team's unlinked referrals whose organisation is exactly {@code organisatie} to this entry
     * (COORDINATOR); the numbers of the referrals linked. 400 naming {@code organisatie} when no referral has it.
     */
    @Transactional
    public List<Long> koppelMeldingen(long id, String organisatie, Gebruiker door, String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        eigen(id, door);
        if (organisatie == null || organisatie.isBlank()) {
            throw ApiException.invalid("Geef de organisatie.", List.of(new InvalidParam("organisatie",
                    "verplicht: de tekst van de lijst 'niet gekoppeld'")));
        }
        List<Long> casussen = register.koppelTekst(door.team(), organisatie, id);
        if (casussen.isEmpty()) {
            throw ApiException.invalid("Geen melding met deze organisatie.", List.of(new InvalidParam("organisatie",
                    "geen ongekoppelde melding van het team heeft deze organisatie")));
        }
        gebeurtenissen.publishEvent(new TeamGebeurtenis.MeldingenGekoppeld(id, organisatie, casussen,
                new Actor(door.actor(), client)));
        return casussen;
    }

    /** The active entry an account belongs to in its team, for a referral it makes (none: the typed text counts). */
    Optional<VerwijzerRepository.Rij> vanAanmelder(Gebruiker g) {
        if (g.team() == null) {
            return Optional.empty();
        }
        return register.vanAanmelder(g.id(), g.team()).flatMap(register::lees).filter(VerwijzerRepository.Rij::actief);
    }

    /** An active entry of the team by id, for a referral the ICP makes on behalf of an organisation. */
    Optional<VerwijzerRepository.Rij> actief(long id, long team) {
        return register.lees(id).filter(r -> r.team() == team && r.actief());
    }

    /** The active entry of the team whose name is this text (ignoring case), for a referral that typed it. */
    Optional<VerwijzerRepository.Rij> metNaam(String organisatie, long team) {
        return organisatie == null || organisatie.isBlank() ? Optional.empty()
                : register.actiefMetNaam(team, organisatie);
    }

    private VerwijzerRepository.Rij eigen(long id, Gebruiker door) {
        return register.lees(id).filter(r -> r.team() == door.team())
                .orElseThrow(() -> ApiException.notFound("Verwijzer " + id + " bestaat niet in uw team."));
    }

    private Long aanmelder(String gebruikersnaam, long team, List<InvalidParam> f) {
        if (gebruikersnaam == null || gebruikersnaam.isBlank()) {
            f.add(new InvalidParam("gebruikersnaam", "verplicht"));
            return null;
        }
        Optional<Long> id = gebruikers.idVan(gebruikersnaam.strip(), Rol.AANMELDER, team);
        if (id.isEmpty()) {
            f.add(new InvalidParam("gebruikersnaam", "geen aanmelder van uw team"));
            return null;
        }
        return id.get();
    }

    private record Gecontroleerd(String naam, Soort soort, String contactpersoon, String contactEmail,
            boolean actief) {
    }

    private Gecontroleerd controleer(Invoer in, long team, long id, List<InvalidParam> extra) {
        List<InvalidParam> f = new ArrayList<>(extra);
        if (in == null) {
            f.add(new InvalidParam("naam", "verplicht"));
            f.add(new InvalidParam("soort", "verplicht"));
            throw ApiException.invalid("De verwijzer is niet volledig of niet geldig.", f);
        }
        String naam = in.naam() == null ? null : in.naam().strip();
        if (naam == null || naam.isEmpty()) {
            f.add(new InvalidParam("naam", "verplicht"));
        } else if (naam.length() > 200) {
            f.add(new InvalidParam("naam", "hoogstens 200 tekens"));
        }
        Soort soort = null;
        if (in.soort() == null || in.soort().isBlank()) {
            f.add(new InvalidParam("soort", "verplicht: GEMEENTELIJK, OPVANG, ZORGAANBIEDER of ANDERS"));
        } else {
            try {
                soort = Soort.valueOf(in.soort().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                f.add(new InvalidParam("soort", "GEMEENTELIJK, OPVANG, ZORGAANBIEDER of ANDERS"));
            }
        }
        String contactpersoon = leeg(in.contactpersoon());
        if (contactpersoon != null && contactpersoon.length() > 200) {
            f.add(new InvalidParam("contactpersoon", "hoogstens 200 tekens"));
        }
        String email = leeg(in.contactEmail());
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            f.add(new InvalidParam("contactEmail", "een e-mailadres, hoogstens 200 tekens"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De verwijzer is niet volledig of niet geldig.", f);
        }
        if (register.naamBezet(team, naam, id)) {
            throw new ApiException(HttpStatus.CONFLICT, "Naam bestaat al", "Het register heeft al een verwijzer "
                    + naam + ".", List.of(new InvalidParam("naam", "het register heeft deze naam al")));
        }
        return new Gecontroleerd(naam, soort, contactpersoon, email, in.actief() == null || in.actief());
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ApiException verouderd(long id) {
        return new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "Verwijzer " + id
                + " is intussen gewijzigd; lees hem opnieuw.", null);
    }

    private Verwijzer verwijzer(VerwijzerRepository.Rij r) {
        Map<Long, String> namen = gebruikers.namen(r.aanmelders());
        List<String> aanmelders = r.aanmelders().stream().map(namen::get)
                .filter(java.util.Objects::nonNull).sorted().toList();
        Soort s = Soort.valueOf(r.soort());
        return new Verwijzer(r.id(), r.naam(), s, Labels.van(s), r.contactpersoon(), r.contactEmail(), r.actief(),
                r.versie(), aanmelders);
    }
}
