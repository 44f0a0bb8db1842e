package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import nl.woonregie.brieven.internal.BriefInhoud;
import nl.woonregie.brieven.internal.BriefSamensteller;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.RondeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Performance runner (not part of {@code ./mvnw test}: the name does not end in Test). Prints letters per second for
 * the demo's Zuid-Holland round and for a national round over all 342 municipalities (12 provincial rounds on
 * generated figures), and, side by side, the usual alternative: the same letters filled into a flat ODT template and
 * converted to PDF/A-2 by {@code soffice --headless --convert-to pdf} (one LibreOffice process for the whole batch).
 * Skips the comparison when LibreOffice is not installed. Asserts outcomes only, never durations.
 *
 * <pre>./mvnw -o -q -B test -Dtest=BrievenPrestatie -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@IntegratieTest
@TestPropertySource(properties = {"woonregie.demo=true", "woonregie.test.database=brieven-prestatie"})
class BrievenPrestatie {

    @Autowired
    BriefService brieven;

    @Autowired
    BriefBundels bundels;

    @Autowired
    RondeService rondes;

    @Autowired
    GebiedService gebied;

    @Autowired
    JdbcTemplate jdbc;

    final Gebruiker beheerder = Gebruiker.met(0, "prestatie", Toewijzing.zonderScope(Rol.BEHEERDER));
    final List<String> regels = new ArrayList<>();

    /** Seconds spent making the national rounds final (each with its letters). */
    double vaststellingen;

    @Test
    void brieven_per_seconde_en_libreoffice_ernaast() throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        regel("PRESTATIE brieven: %d processor(s), %d werkthread(s); JVM %s", threads, threads,
                System.getProperty("java.version"));
        // warm-up on previews of the demo's CONCEPT round (class loading, JIT, fonts)
        long concept = rondeId("PV28", "CONCEPT");
        BriefService.RondeGegevens c = brieven.ronde(concept);
        for (Ronde.GemeenteUitkomst g : metUitkomst(c)) {
            brieven.brief(c, g.gemeente(), true);
        }

        // 1. the demo's Zuid-Holland CONCEPT round made final: its letters are made and stored in the vaststelling
        long start = System.nanoTime();
        rondes.vaststellen(concept, null, beheerder, "prestatie", "prestatiemeting op de demo");
        double zhVast = sec(start);
        long zh = concept;
        BriefService.RondeGegevens zhRonde = brieven.ronde(zh);
        int aantalZh = metUitkomst(zhRonde).size();
        regel("PRESTATIE brieven ZH %s (%d brieven): vaststellen incl. maken en vastleggen met kenmerk (%d threads): "
                + "%.1f s, %.1f brieven/s", zhRonde.ronde().peildatum(), aantalZh, threads, zhVast, aantalZh / zhVast);
        double zhZip = zip(zh, aantalZh);
        regel("PRESTATIE brieven ZH als ZIP (de vastgelegde brieven uit de database): %.1f s, %.1f brieven/s",
                zhZip, aantalZh / zhZip);
        // the same round's letters one by one on one thread (previews, nothing stored), for LibreOffice's sake
        start = System.nanoTime();
        BriefService.RondeGegevens zhConcept = new BriefService.RondeGegevens(conceptVan(zhRonde.ronde()),
                zhRonde.overzicht(), zhRonde.kader(), zhRonde.provincieNaam(), zhRonde.vergelijking());
        for (Ronde.GemeenteUitkomst g : metUitkomst(zhConcept)) {
            brieven.brief(zhConcept, g.gemeente(), true);
        }
        double zhEen = sec(start);
        regel("PRESTATIE brieven ZH op 1 thread (HTML + PDF/A, niets opgeslagen): %.1f s, %.1f brieven/s", zhEen,
                aantalZh / zhEen);
        start = System.nanoTime();
        List<String> htmls = new ArrayList<>();
        for (Ronde.GemeenteUitkomst g : metUitkomst(zhConcept)) {
            htmls.add(brieven.brief(zhConcept, g.gemeente(), false).html());
        }
        double zhHtml = sec(start);
        start = System.nanoTime();
        for (String h : htmls) {
            nl.woonregie.pdf.PdfADocument.render(h);
        }
        double zhPdf = sec(start);
        regel("PRESTATIE brieven ZH op 1 thread, uitgesplitst: tekst + HTML %.0f ms/brief, PDF/A %.0f ms/brief",
                zhHtml * 1000 / aantalZh, zhPdf * 1000 / aantalZh);

        // 2. national: 12 provincial rounds at 2040-07-01 on generated figures, each vastgesteld (making and storing
        //    its letters), then all letters as ZIPs read back
        List<Long> landelijk = landelijkeRondes();
        int totaal = 0;
        for (long id : landelijk) {
            totaal += metUitkomst(brieven.ronde(id)).size();
        }
        double land = vaststellingen;
        regel("PRESTATIE brieven landelijk (12 rondes vastgesteld, %d brieven gemaakt en vastgelegd met kenmerk): "
                + "%.1f s, %.1f brieven/s", totaal, land, totaal / land);
        start = System.nanoTime();
        for (long id : landelijk) {
            zip(id, metUitkomst(brieven.ronde(id)).size());
        }
        double landZip = sec(start);
        regel("PRESTATIE brieven landelijk als 12 ZIP's (uit de database): %.1f s", landZip);
        assertThat(totaal).isEqualTo(342);

        // 3. the usual alternative: ODT template + LibreOffice headless, for the same letters. The machine may be
        //    shared: both sides run twice, alternating, and the faster run of each counts.
        if (!libreofficeAanwezig()) {
            regel("PRESTATIE LibreOffice: niet geïnstalleerd (soffice), vergelijking overgeslagen");
        } else {
            double loZh = Double.MAX_VALUE;
            double wrZh = zhEen;
            for (int i = 0; i < 2; i++) {
                loZh = Math.min(loZh, libreoffice(List.of(zhRonde)));
                start = System.nanoTime();
                for (Ronde.GemeenteUitkomst g : metUitkomst(zhConcept)) {
                    brieven.brief(zhConcept, g.gemeente(), true);
                }
                wrZh = Math.min(wrZh, sec(start));
            }
            regel("PRESTATIE ZH, %d brieven, beide op één proces: LibreOffice (ODT-sjabloon -> PDF/A-2b getagd) %.1f s "
                    + "= %.1f brieven/s; Woonregie (HTML -> PDF/A-2a, 1 thread) %.1f s = %.1f brieven/s; "
                    + "Woonregie %.1fx zo snel", aantalZh, loZh, aantalZh / loZh, wrZh, aantalZh / wrZh, loZh / wrZh);
            List<BriefService.RondeGegevens> alle = new ArrayList<>();
            List<BriefService.RondeGegevens> alleConcept = new ArrayList<>();
            for (long id : landelijk) {
                BriefService.RondeGegevens r = brieven.ronde(id);
                alle.add(r);
                alleConcept.add(new BriefService.RondeGegevens(conceptVan(r.ronde()), r.overzicht(), r.kader(),
                        r.provincieNaam(), r.vergelijking()));
            }
            double loLand = Double.MAX_VALUE;
            double wrLand = Double.MAX_VALUE;
            for (int i = 0; i < 2; i++) {
                loLand = Math.min(loLand, libreoffice(alle));
                start = System.nanoTime();
                for (BriefService.RondeGegevens r : alleConcept) {
                    for (Ronde.GemeenteUitkomst g : metUitkomst(r)) {
                        brieven.brief(r, g.gemeente(), true);
                    }
                }
                wrLand = Math.min(wrLand, sec(start));
            }
            regel("PRESTATIE landelijk, %d brieven, beide op één proces: LibreOffice %.1f s = %.1f brieven/s; "
                    + "Woonregie %.1f s = %.1f brieven/s; Woonregie %.1fx zo snel (vaststellen met %d threads, "
                    + "vastleggen incl.: %.1f s, %.1fx)", totaal, loLand, totaal / loLand, wrLand, totaal / wrLand,
                    loLand / wrLand, threads, land, loLand / land);
        }
        System.out.println("\n" + String.join("\n", regels) + "\n");
    }

    // ---------------------------------------------------------------------------------------------------------

    double zip(long ronde, int verwacht) throws InterruptedException {
        long start = System.nanoTime();
        bundels.start(ronde, beheerder, "prestatie");
        BriefBundels.Voortgang v;
        do {
            Thread.sleep(20);
            v = bundels.voortgang(ronde).orElseThrow();
        } while (v.status() == BriefBundels.Status.BEZIG);
        double s = sec(start);
        assertThat(v.status()).isEqualTo(BriefBundels.Status.KLAAR);
        assertThat(v.klaar()).isEqualTo(verwacht);
        return s;
    }

    List<Long> landelijkeRondes() {
        LocalDate peildatum = LocalDate.of(2040, 7, 1);
        List<Gemeente> gemeenten = gebied.gemeentenOp(LocalDate.of(2024, 1, 1));
        Random random = new Random(42);
        List<Object[]> begin = new ArrayList<>();
        List<Object[]> taak = new ArrayList<>();
        List<Object[]> coa = new ArrayList<>();
        for (Gemeente g : gemeenten) {
            begin.add(new Object[] {g.code(), random.nextInt(20)});
            long t = 5 + random.nextInt(300);
            taak.add(new Object[] {g.code(), t});
            long gehuisvest = 0;
            for (int m = 1; m <= 6; m++) {
                gehuisvest += random.nextInt((int) (t / 4) + 1);
                coa.add(new Object[] {g.code(), LocalDate.of(2040, m, 1).plusMonths(1).minusDays(1), gehuisvest,
                    random.nextInt(200), random.nextInt(2), random.nextInt(10) == 0});
            }
        }
        // the demo's municipalities have a beginstand of 2020-II: replace it (a correction, as the app does)
        jdbc.update("update beginstand set vervangen_op = now() where vervangen_op is null");
        jdbc.batchUpdate("insert into beginstand (gemeente_code, periode, saldo_in, trede, ingevoerd_door) "
                + "values (?, '2040-I', ?, '1', 'prestatie')", begin);
        jdbc.batchUpdate("insert into taakstelling (gemeente_code, periode, taakstelling, ingevoerd_door) "
                + "values (?, '2040-I', ?, 'prestatie')", taak);
        jdbc.batchUpdate("insert into coa_stand (gemeente_code, periode, datum, gehuisvest, koppelingen, omkoppelingen, "
                + "stapelgemeente, ingevoerd_door) values (?, '2040-I', ?, ?, ?, ?, ?, 'prestatie')", coa);
        List<Long> ids = new ArrayList<>();
        for (Provincie p : gebied.provincies()) {
            long id = rondes.maak(p.code(), peildatum, "zuid-holland-2020", beheerder, "prestatie");
            long start = System.nanoTime();
            rondes.vaststellen(id, null, beheerder, "prestatie", "prestatiemeting op gegenereerde cijfers");
            vaststellingen += sec(start);
            ids.add(id);
        }
        return ids;
    }

    /** ODT template filled per letter, then one soffice process converting all to PDF/A-2. Returns seconds. */
    double libreoffice(List<BriefService.RondeGegevens> rondesVoorLo) throws Exception {
        Path map = Files.createTempDirectory("brieven-lo-");
        try {
            String sjabloon;
            try (InputStream in = getClass().getResourceAsStream("/brieven/brief-sjabloon.fodt")) {
                sjabloon = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            long start = System.nanoTime();
            List<String> bestanden = new ArrayList<>();
            for (BriefService.RondeGegevens r : rondesVoorLo) {
                for (Ronde.GemeenteUitkomst g : metUitkomst(r)) {
                    BriefInhoud b = BriefSamensteller.stel(new BriefSamensteller.Gegevens(r.ronde(), g, r.overzicht(),
                            r.kader(), r.provincieNaam(), "PZH-0000-000000", LocalDate.now(), false, r.vergelijking(), List.of()));
                    Path f = map.resolve(r.ronde().id() + "-" + g.gemeente() + ".fodt");
                    Files.writeString(f, vul(sjabloon, b));
                    bestanden.add(f.getFileName().toString());
                }
            }
            // one soffice process per 50 letters (long batches in one process are known to stop halfway)
            for (int i = 0; i < bestanden.size(); i += 50) {
                List<String> cmd = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
                        "-env:UserInstallation=file://" + map.resolve("profiel"), "--convert-to",
                        "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"},"
                                + "\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}",
                        "--outdir", map.resolve("pdf").toString()));
                cmd.addAll(bestanden.subList(i, Math.min(i + 50, bestanden.size())));
                Process p = new ProcessBuilder(cmd).directory(map.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(map.resolve("soffice.log").toFile())).start();
                assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
            }
            double s = sec(start);
            try (Stream<Path> pdfs = Files.list(map.resolve("pdf"))) {
                long n = pdfs.count();
                if (n != bestanden.size()) {
                    regel("PRESTATIE LibreOffice: %d van de %d PDF's gemaakt; log: %s", n, bestanden.size(),
                            Files.readString(map.resolve("soffice.log")).lines().filter(l -> !l.startsWith("convert"))
                                    .limit(5).toList());
                }
            }
            return s;
        } finally {
            try (Stream<Path> alles = Files.walk(map)) {
                alles.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
            }
        }
    }

    static String vul(String sjabloon, BriefInhoud b) {
        StringBuilder sb = new StringBuilder();
        p(sb, null, String.join(" ", b.inleiding()));
        p(sb, "Kop", b.tabelTitel());
        tabel(sb, b.tabel());
        b.vragen().forEach(v -> p(sb, null, v.nummer() + ". " + v.vraag() + " " + v.antwoord()
                + (v.toelichting() == null ? "" : ". " + v.toelichting())));
        p(sb, "Kop", "Conclusie");
        b.conclusie().forEach(t -> p(sb, null, t));
        p(sb, "Kop", "Motivering");
        b.motivering().forEach(t -> p(sb, null, t));
        tabel(sb, b.beslissingen());
        if (b.volgendePeriodeTitel() != null) {
            p(sb, "Kop", b.volgendePeriodeTitel());
            tabel(sb, b.volgendePeriode());
        }
        b.slot().forEach(t -> p(sb, null, t));
        p(sb, "Bijlage", "Bijlage 1. Bevindingen bij de cijfers");
        b.bevindingen().forEach(t -> p(sb, null, t));
        p(sb, "Kop", "Bijlage 2. De interventieladder");
        b.ladderUitleg().forEach(t -> p(sb, null, t));
        tabel(sb, b.ladder().stream().map(s -> new BriefInhoud.Rij(s.label() + " " + s.naam(), s.betekenis()))
                .toList());
        p(sb, "Kop", "Bijlage 3. " + b.provincieTitel());
        b.provincieTekst().forEach(t -> p(sb, null, t));
        tabel(sb, b.provincieTabel());
        tabel(sb, b.perTrede());
        return sjabloon.replace("{{TITEL}}", x(b.titel())).replace("{{AFZENDER}}", x("Gedeputeerde Staten van "
                + b.provincie())).replace("{{GEMEENTE}}", x(b.gemeente())).replace("{{DATUM}}", x(b.datum()))
                .replace("{{KENMERK}}", x(b.kenmerk())).replace("{{ONDERWERP}}", x(b.onderwerp()))
                .replace("{{INHOUD}}", sb);
    }

    static void p(StringBuilder sb, String stijl, String tekst) {
        sb.append(stijl == null ? "<text:p>" : "<text:p text:style-name=\"" + stijl + "\">").append(x(tekst))
                .append("</text:p>\n");
    }

    static void tabel(StringBuilder sb, List<BriefInhoud.Rij> rijen) {
        if (rijen.isEmpty()) {
            return;
        }
        sb.append("<table:table><table:table-column table:number-columns-repeated=\"2\"/>\n");
        for (BriefInhoud.Rij r : rijen) {
            sb.append("<table:table-row><table:table-cell table:style-name=\"Cel\" office:value-type=\"string\">"
                    + "<text:p>").append(x(r.label())).append("</text:p></table:table-cell><table:table-cell "
                    + "table:style-name=\"Cel\" office:value-type=\"string\"><text:p>").append(x(r.waarde()))
                    .append("</text:p></table:table-cell></table:table-row>\n");
        }
        sb.append("</table:table>\n");
    }

    static String x(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static boolean libreofficeAanwezig() {
        try {
            Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Ronde conceptVan(Ronde r) {
        return new Ronde(r.id(), r.provincie(), r.peildatum(), r.soort(), r.beleidskader(), "CONCEPT", r.versie(),
                r.aangemaaktDoor(), r.aangemaaktOp(), r.berekendOp(), null, null, r.aantalGemeenten(), r.controle(),
                r.gemeenten());
    }

    static List<Ronde.GemeenteUitkomst> metUitkomst(BriefService.RondeGegevens r) {
        return r.ronde().gemeenten().stream().filter(g -> g.beoordeling() != null).toList();
    }

    long rondeId(String provincie, String status) {
        return jdbc.queryForObject("select id from beoordelingsronde where provincie_code = ? and status = ? "
                + "order by peildatum desc limit 1", Long.class, provincie, status);
    }

    void regel(String format, Object... args) {
        String r = String.format(java.util.Locale.ROOT, format, args);
        regels.add(r);
        System.out.println(r);
    }

    static double sec(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
