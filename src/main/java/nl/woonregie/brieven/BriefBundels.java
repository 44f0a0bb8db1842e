package nl.woonregie.brieven;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import nl.woonregie.brieven.internal.Werkers;
import nl.woonregie.platform.achtergrond.Achtergrondtaken;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.Opdracht;
import nl.woonregie.platform.achtergrond.Taak;
import nl.woonregie.platform.achtergrond.Taakstatus;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.core.DataMap;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.toezicht.ronde.Ronde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * All letters of a round as one ZIP, made by a background job ({@link Achtergrondtaken}): the stored letters of a
 * VASTGESTELDE round (read, never made: a letter that is not stored is reported as failed), the previews of a CONCEPT
 * round (rendered on {@link Werkers}). One ZIP per round at a time. A failing letter is reported in the status (and
 * in {@code MISLUKT.txt} in the ZIP) and does not stop the others. The progress and the finished ZIP are kept in the
 * database ({@code brief_zip}, the latest ZIP of each round), so every instance shows the same progress and serves
 * the same file, also after a restart; a job interrupted by a restart or a killed instance is run again and makes the
 * ZIP anew.
 */
@Service
public class BriefBundels implements Opdracht<BriefBundels.ZipMaken> {

    private static final Logger log = LoggerFactory.getLogger(BriefBundels.class);
    static final String SOORT = "brieven-zip";

    public enum Status {
        BEZIG, KLAAR, MISLUKT
    }

    @JsonPropertyOrder({"ronde", "status", "totaal", "klaar", "mislukt", "gestartOp", "gereedOp", "sha256"})
    public record Voortgang(long ronde, Status status, int totaal, int klaar, List<Mislukt> mislukt,
            OffsetDateTime gestartOp, OffsetDateTime gereedOp, String sha256) {
    }

    public record Mislukt(String gemeente, String reden) {
    }

    /** The job's data: the round, and who asked for the ZIP. */
    public record ZipMaken(long ronde, String door, String client) {
    }

    private final BriefService brieven;
    private final ApplicationEventPublisher gebeurtenissen;
    private final TransactionTemplate tx;
    private final Werkers werkers;
    private final JdbcClient jdbc;
    private final Achtergrondtaken taken;
    private final JsonMapper json;

    BriefBundels(BriefService brieven, ApplicationEventPublisher gebeurtenissen, TransactionTemplate tx,
            Werkers werkers, DataMap data, JdbcClient jdbc, Achtergrondtaken taken, JsonMapper json) {
        this.brieven = brieven;
        this.gebeurtenissen = gebeurtenissen;
        this.tx = tx;
        this.werkers = werkers;
        this.jdbc = jdbc;
        this.taken = taken;
        this.json = json;
        ruimOp(data.pad("tijdelijk").resolve("brieven"));
    }

    /** Deletes the ZIP files an earlier version of Woonregie kept on disk (it now keeps them in the database). */
    private static void ruimOp(Path map) {
        if (!Files.isDirectory(map)) {
            return;
        }
        try (DirectoryStream<Path> oud = Files.newDirectoryStream(map, "woonregie-brieven-*.zip")) {
            for (Path p : oud) {
                Files.deleteIfExists(p);
                log.info("ZIP-bestand van brieven van een eerdere versie verwijderd: {}", p.getFileName());
            }
        } catch (IOException e) {
            log.warn("ZIP-bestanden in {} niet (alle) verwijderd", map, e);
        }
    }

    /** Starts the ZIP of all letters of the round, unless one is being made; returns the progress. */
    public Voortgang start(long rondeId, Gebruiker door, String client) {
        BriefService.RondeGegevens ronde = brieven.ronde(rondeId);
        int totaal = (int) ronde.ronde().gemeenten().stream().filter(g -> g.beoordeling() != null).count();
        return tx.execute(s -> {
            Optional<Voortgang> lopend = voortgang(rondeId).filter(v -> v.status() == Status.BEZIG);
            if (lopend.isPresent()) {
                return lopend.get();
            }
            jdbc.sql("""
                    insert into brief_zip (ronde_id, ronde_versie, ronde_status, status, totaal, klaar, mislukt, sha256,
                        zip, gestart_op, gereed_op, gestart_door)
                    values (?, ?, ?, 'BEZIG', ?, 0, '[]', null, null, now(), null, ?)
                    on conflict (ronde_id) do update set ronde_versie = excluded.ronde_versie,
                        ronde_status = excluded.ronde_status, status = 'BEZIG', totaal = excluded.totaal, klaar = 0,
                        mislukt = '[]', sha256 = null, zip = null, gestart_op = now(), gereed_op = null,
                        gestart_door = excluded.gestart_door""")
                    .params(rondeId, ronde.ronde().versie(), ronde.ronde().status(), totaal, door.actor()).update();
            gebeurtenissen.publishEvent(new BriefGebeurtenis.ZipGestart(rondeId, ronde.ronde().status(),
                    ronde.ronde().versie(), totaal, new Actor(door.actor(), client)));
            taken.plan(this, Long.toString(rondeId), "ZIP met de brieven van ronde " + rondeId,
                    new ZipMaken(rondeId, door.actor(), client), door.actor());
            return voortgang(rondeId).orElseThrow();
        });
    }

    /**
     * The progress of the round's latest ZIP. A ZIP whose job failed on every attempt (it could not even be written)
     * is MISLUKT with the job's error.
     */
    public Optional<Voortgang> voortgang(long ronde) {
        return jdbc.sql("""
                select status, totaal, klaar, mislukt, gestart_op, gereed_op, sha256 from brief_zip where ronde_id = ?""")
                .param(ronde)
                .query((rs, n) -> {
                    Status status = Status.valueOf(rs.getString(1));
                    List<Mislukt> mislukt = new ArrayList<>(json.readValue(rs.getString(4),
                            new TypeReference<List<Mislukt>>() { }));
                    OffsetDateTime gereed = rs.getObject(6, OffsetDateTime.class);
                    if (status == Status.BEZIG) {
                        Optional<Taak> taak = taken.taak(SOORT, Long.toString(ronde));
                        if (taak.isEmpty() || taak.get().status() == Taakstatus.MISLUKT) {
                            status = Status.MISLUKT;
                            mislukt.add(new Mislukt(null, taak.map(Taak::laatsteFout).orElse("de taak ontbreekt")));
                            gereed = taak.map(Taak::gereedOp).orElse(null);
                        }
                    }
                    return new Voortgang(ronde, status, rs.getInt(2), rs.getInt(3), List.copyOf(mislukt),
                            rs.getObject(5, OffsetDateTime.class), gereed, rs.getString(7));
                }).optional();
    }

    /** The finished ZIP of the round, if there is one. */
    public Optional<byte[]> zip(long ronde) {
        return jdbc.sql("select zip from brief_zip where ronde_id = ? and status = 'KLAAR'").param(ronde)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    // ----------------------------------------------------------------------------------------------- the job

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public Class<ZipMaken> gegevens() {
        return ZipMaken.class;
    }

    /**
     * Makes the ZIP (anew: a job run again after an interruption starts from the beginning) and stores it with its
     * status, counts, failed letters and SHA-256; audited as {@code BRIEVEN_ZIP_GEMAAKT}.
     */
    @Override
    public void voerUit(ZipMaken opdracht, Melder melder) throws Exception {
        long rondeId = opdracht.ronde();
        BriefService.RondeGegevens ronde = brieven.ronde(rondeId);
        List<Ronde.GemeenteUitkomst> gemeenten = ronde.ronde().gemeenten().stream()
                .filter(g -> g.beoordeling() != null).toList();
        int totaal = gemeenten.size();
        List<Future<Brief>> futures = new ArrayList<>();
        for (Ronde.GemeenteUitkomst g : gemeenten) {
            futures.add(werkers.submit(() -> brieven.brief(ronde, g.gemeente(), true)));
        }
        List<Mislukt> mislukt = new ArrayList<>();
        int klaar = 0;
        long vorige = 0;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < futures.size(); i++) {
                Ronde.GemeenteUitkomst g = gemeenten.get(i);
                try {
                    Brief b = futures.get(i).get();
                    out.putNextEntry(new ZipEntry(b.bestandsnaam()));
                    out.write(b.pdf());
                    out.closeEntry();
                    klaar++;
                } catch (ExecutionException e) {
                    Throwable oorzaak = e.getCause() == null ? e : e.getCause();
                    log.warn("Brief voor {} in ronde {} mislukt", g.gemeente(), rondeId, oorzaak);
                    mislukt.add(new Mislukt(g.gemeente(), reden(oorzaak)));
                } catch (InterruptedException e) {
                    futures.forEach(f -> f.cancel(true));
                    Thread.currentThread().interrupt();
                    throw e;
                }
                melder.voortgang(klaar + mislukt.size(), totaal);
                if (System.nanoTime() - vorige > 250_000_000L) {
                    vorige = System.nanoTime();
                    jdbc.sql("update brief_zip set klaar = ? where ronde_id = ? and status = 'BEZIG'")
                            .params(klaar, rondeId).update();
                }
            }
            if (!mislukt.isEmpty()) {
                out.putNextEntry(new ZipEntry("MISLUKT.txt"));
                StringBuilder sb = new StringBuilder("Deze brieven konden niet worden gemaakt:\n");
                mislukt.forEach(m -> sb.append(m.gemeente()).append(": ").append(m.reden()).append('\n'));
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] zip = bytes.toByteArray();
        String sha256 = Sha256.hex(zip);
        Status status = klaar == 0 && totaal > 0 ? Status.MISLUKT : Status.KLAAR;
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("status", status.name());
        nieuw.put("totaal", totaal);
        nieuw.put("klaar", klaar);
        nieuw.put("mislukt", mislukt.stream().map(m -> m.gemeente() == null ? "-" : m.gemeente()).toList());
        if (status == Status.KLAAR) {
            nieuw.put("sha256", sha256);
        }
        int k = klaar;
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    update brief_zip set status = ?, totaal = ?, klaar = ?, mislukt = ?, sha256 = ?, zip = ?,
                        gereed_op = now() where ronde_id = ?""")
                    .params(status.name(), totaal, k, json.writeValueAsString(mislukt),
                            status == Status.KLAAR ? sha256 : null, status == Status.KLAAR ? zip : null, rondeId)
                    .update();
            gebeurtenissen.publishEvent(new BriefGebeurtenis.ZipGemaakt(rondeId, nieuw,
                    new Actor(opdracht.door(), opdracht.client())));
        });
    }

    private static String reden(Throwable e) {
        if (e instanceof ApiException a) {
            return a.getMessage();
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
