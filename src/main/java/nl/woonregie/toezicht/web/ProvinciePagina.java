package nl.woonregie.toezicht.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.GemeenteKaart;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.gebied.Regio;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.VerwachteVoortgang;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Ladder;
import nl.woonregie.toezicht.ronde.ProvincieOverzicht;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The province dashboard: map by step, counts per step, totals, the table of municipalities, regions, country. */
@Controller
class ProvinciePagina {

    private final Toegang toegang;
    private final GebiedService gebied;
    private final GemeenteKaart kaart;
    private final ProvincieOverzicht overzicht;
    private final BeleidskaderRegister kaders;
    private final JdbcClient jdbc;
    private final List<VerwachteVoortgang> voortgang;
    private final Map<String, List<Regio>> regiosPerProvincie = new java.util.concurrent.ConcurrentHashMap<>();

    ProvinciePagina(Toegang toegang, GebiedService gebied, GemeenteKaart kaart, ProvincieOverzicht overzicht,
            BeleidskaderRegister kaders, JdbcClient jdbc, List<VerwachteVoortgang> voortgang) {
        this.voortgang = voortgang;
        this.toegang = toegang;
        this.gebied = gebied;
        this.kaart = kaart;
        this.overzicht = overzicht;
        this.kaders = kaders;
        this.jdbc = jdbc;
    }

    record RondeKop(long id, LocalDate peildatum, String status, String beleidskader) {
    }

    /** A municipality on the map: its path and what a screen reader says. */
    record KaartVlak(String code, String naam, String pad, String trede, String label) {
    }

    record ProvincieRegel(String code, String naam, RondeKop laatsteRonde) {
    }

    @GetMapping("/provincies")
    String provincies(Model model) {
        Gebruiker g = toegang.huidige();
        java.util.Set<String> eigen = g.provincies(Rol.TOEZICHTHOUDER);
        if (!g.heeft(Rol.BEHEERDER) && eigen.size() == 1) {
            return "redirect:/provincies/" + eigen.iterator().next();
        }
        toegang.rol(Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
        List<ProvincieRegel> regels = gebied.provincies().stream()
                .filter(p -> g.heeft(Rol.BEHEERDER) || eigen.contains(p.code()))
                .map(p -> new ProvincieRegel(p.code(), p.naam(), laatsteRonde(p.code(), null).orElse(null))).toList();
        model.addAttribute("provincies", regels);
        return "toezicht/provincies";
    }

    @GetMapping("/provincies/{code}")
    String dashboard(@PathVariable String code, @RequestParam(name = "regio", required = false) String regioParameter,
            @RequestParam(required = false) String trede, @RequestParam(required = false) String zoek,
            @RequestParam(required = false, defaultValue = "naam") String sorteer,
            @RequestParam(required = false) String peildatum,
            @RequestParam(name = "prognose", required = false) String prognosefilter, Model model) {
        Gebruiker ingelogd = toegang.provincieToezien(code);
        model.addAttribute("magBeleidskaders", nl.woonregie.toezicht.Beleidskaders.magBeheren(ingelogd, code));
        // the filter form sends regio= for the whole province: an empty parameter is absent
        String regio = ProvincieOverzicht.regio(regioParameter);
        Provincie provincie = gebied.provincie(code).orElseThrow();
        model.addAttribute("provincie", provincie);
        List<RondeKop> rondes = rondes(code);
        model.addAttribute("rondes", rondes);
        List<Regio> regios = regiosVan(code);
        model.addAttribute("regios", regios);
        model.addAttribute("regio", regio);
        model.addAttribute("filterTrede", trede);
        model.addAttribute("zoek", zoek);
        model.addAttribute("sorteer", sorteer);
        boolean alleenNiet = "niet".equals(prognosefilter);
        model.addAttribute("filterPrognose", alleenNiet);
        Optional<RondeKop> ronde = peildatum == null || peildatum.isBlank() ? rondes.stream().findFirst()
                : rondes.stream().filter(r -> r.peildatum().toString().equals(peildatum)).findFirst();
        if (ronde.isEmpty()) {
            model.addAttribute("ronde", null);
            return "toezicht/provincie";
        }
        RondeKop r = ronde.get();
        model.addAttribute("ronde", r);
        if (regio != null && regios.stream().noneMatch(x -> x.code().equals(regio))) {
            throw ApiException.notFound("Regio " + regio + " hoort niet bij " + provincie.naam() + ".");
        }
        ProvincieOverzicht.Overzicht o = overzicht.van(code, r.peildatum(), regio);
        model.addAttribute("overzicht", o);
        Beleidskader kader = kaders.vind(r.beleidskader()).orElseThrow();
        Ladder ladder = kader.ladder();
        model.addAttribute("ladder", ladder.treden());
        Map<String, String> tredeNamen = new HashMap<>();
        ladder.treden().forEach(s -> tredeNamen.put(s.trede().code(), s.naam()));
        model.addAttribute("tredeNamen", tredeNamen);
        model.addAttribute("kader", kader);

        // trend: the step after the previous round of the province
        Map<String, String> vorige = new HashMap<>();
        rondes.stream().filter(x -> x.peildatum().isBefore(r.peildatum())).findFirst().ifPresent(v ->
                jdbc.sql("select gemeente_code, trede_na from ronde_gemeente where ronde_id = ?").param(v.id())
                        .query(rs -> {
                            vorige.put(rs.getString(1), rs.getString(2));
                        }));
        Map<String, String> trend = new HashMap<>();
        for (ProvincieOverzicht.Regel regel : o.gemeenten()) {
            String v = vorige.get(regel.gemeente());
            if (v == null || regel.trede() == null) {
                trend.put(regel.gemeente(), "–");
            } else {
                int verschil = ladder.index(ladder.trede(regel.trede()).orElseThrow())
                        - ladder.index(ladder.trede(v).orElseThrow());
                trend.put(regel.gemeente(), verschil > 0 ? "gestegen (was " + v + ")"
                        : verschil < 0 ? "gedaald (was " + v + ")" : "gelijk");
            }
        }
        model.addAttribute("trend", trend);

        // the forecast of every gemeente of the overview, in one pass (predictive supervision before the peildatum)
        List<String> codes = o.gemeenten().stream().map(ProvincieOverzicht.Regel::gemeente).toList();
        Map<String, VerwachteVoortgang.Regel> prognoses = voortgang.isEmpty() ? Map.of()
                : voortgang.get(0).vanGemeenten(code, codes, ingelogd);
        model.addAttribute("prognoses", voortgang.isEmpty() ? null : prognoses);
        // the forecast is of today's half-year, which need not be the chosen round's
        model.addAttribute("prognosePeriode", prognoses.values().stream().map(VerwachteVoortgang.Regel::periode)
                .findFirst().orElse(null));
        model.addAttribute("prognoseExport", voortgang.isEmpty() ? null : voortgang.get(0).exportVanProvincie(code));
        List<ProvincieOverzicht.Regel> tabel = new ArrayList<>(o.gemeenten().stream()
                .filter(x -> !alleenNiet || (prognoses.containsKey(x.gemeente())
                        && prognoses.get(x.gemeente()).haaltOpgaveNiet()))
                .filter(x -> trede == null || trede.isBlank() || trede.equals(x.trede())
                        || ("onbekend".equals(trede) && x.trede() == null))
                .filter(x -> zoek == null || zoek.isBlank()
                        || x.naam().toLowerCase(Locale.ROOT).contains(zoek.toLowerCase(Locale.ROOT).strip()))
                .toList());
        tabel.sort(sortering(sorteer, ladder));
        model.addAttribute("tabel", tabel);

        List<KaartVlak> vlakken = new ArrayList<>();
        GemeenteKaart.Kaart k = kaart.kaart(o.gemeenten().stream().map(ProvincieOverzicht.Regel::gemeente).toList());
        for (ProvincieOverzicht.Regel regel : o.gemeenten()) {
            String pad = k.paden().get(regel.gemeente());
            if (pad != null) {
                String t = regel.trede() == null ? "onbekend" : regel.trede();
                String label = regel.naam() + ": " + (regel.trede() == null ? "geen oordeel (cijfers ontbreken)"
                        : "trede " + regel.trede() + ", " + tredeNamen.get(regel.trede())
                                + (regel.percentageVanOpgave() == null ? "" : ", " + regel.percentageVanOpgave()
                                        + "% van de opgave gehuisvest"));
                vlakken.add(new KaartVlak(regel.gemeente(), regel.naam(), pad, t, label));
            }
        }
        model.addAttribute("kaart", k);
        model.addAttribute("vlakken", vlakken);
        model.addAttribute("zonderVorm", o.gemeenten().stream().filter(x -> !kaart.heeftVorm(x.gemeente()))
                .map(ProvincieOverzicht.Regel::naam).toList());
        model.addAttribute("land", overzicht.vergelijking(r.peildatum()));
        return "toezicht/provincie";
    }

    private static Comparator<ProvincieOverzicht.Regel> sortering(String sorteer, Ladder ladder) {
        Comparator<ProvincieOverzicht.Regel> naam = Comparator.comparing(ProvincieOverzicht.Regel::naam);
        Comparator<ProvincieOverzicht.Regel> c = switch (sorteer) {
            case "trede" -> Comparator.comparing((ProvincieOverzicht.Regel x) -> x.trede() == null ? -1
                    : ladder.index(ladder.trede(x.trede()).orElseThrow())).reversed();
            case "opgave" -> Comparator.comparing((ProvincieOverzicht.Regel x) -> x.opgave() == null ? Long.MIN_VALUE
                    : x.opgave()).reversed();
            case "gehuisvest" -> Comparator.comparing((ProvincieOverzicht.Regel x) -> x.gehuisvest() == null
                    ? Long.MIN_VALUE : x.gehuisvest()).reversed();
            case "percentage" -> Comparator.comparing((ProvincieOverzicht.Regel x) -> x.percentageVanOpgave() == null
                    ? Integer.MAX_VALUE : x.percentageVanOpgave());
            case "koppelingen" -> Comparator.comparing((ProvincieOverzicht.Regel x) -> x.koppelingen() == null
                    ? Long.MIN_VALUE : x.koppelingen()).reversed();
            default -> naam;
        };
        return c.thenComparing(naam);
    }

    /** The veiligheidsregio's of a province (reference data: computed once per province). */
    private List<Regio> regiosVan(String provincie) {
        return regiosPerProvincie.computeIfAbsent(provincie, p -> gebied.regios(Regio.VEILIGHEIDSREGIO).stream()
                .filter(r -> gebied.gemeentenVanRegio(r.code(), gebied.vandaag()).stream()
                        .anyMatch(gm -> gm.provincie().code().equals(p)))
                .toList());
    }

    List<RondeKop> rondes(String provincie) {
        return jdbc.sql("select id, peildatum, status, beleidskader from beoordelingsronde where provincie_code = ? "
                        + "order by peildatum desc").param(provincie)
                .query((rs, n) -> new RondeKop(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    private Optional<RondeKop> laatsteRonde(String provincie, String status) {
        return rondes(provincie).stream().filter(r -> status == null || r.status().equals(status)).findFirst();
    }
}
