package nl.woonregie.brieven;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.annotation.PreDestroy;
import nl.woonregie.brieven.internal.Werkers;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.core.DataMap;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.toezicht.ronde.Ronde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * All letters of a round as one ZIP, made in the background: the stored letters of a VASTGESTELDE round (read, never
 * made: a letter that is not stored is reported as failed), the previews of a CONCEPT round (rendered on
 * {@link Werkers}). One job per round at a time, jobs wait in a bounded queue. A failing letter is reported in the
 * status (and in {@code MISLUKT.txt} in the ZIP) and does not stop the others. Status lives in memory; the ZIP in a
 * file of the application's own directory ({@code <data-dir>/tijdelijk/brieven}, readable by the application only,
 * not the shared {@code /tmp}) until the round's next ZIP replaces it or the application stops: at shutdown the jobs
 * are stopped and every ZIP is deleted, and what a killed earlier run left there is deleted at the next start.
 */
@Service
public class BriefBundels {

    private static final Logger log = LoggerFactory.getLogger(BriefBundels.class);

    public enum Status {
        BEZIG, KLAAR, MISLUKT
    }

    @JsonPropertyOrder({"ronde", "status", "totaal", "klaar", "mislukt", "gestartOp", "gereedOp", "sha256"})
    public record Voortgang(long ronde, Status status, int totaal, int klaar, List<Mislukt> mislukt,
            OffsetDateTime gestartOp, OffsetDateTime gereedOp, String sha256) {
    }

    public record Mislukt(String gemeente, String reden) {
    }

    private static final class Taak {
        final long ronde;
        final OffsetDateTime gestartOp = OffsetDateTime.now();
        volatile Status status = Status.BEZIG;
        volatile int totaal;
        final AtomicInteger klaar = new AtomicInteger();
        final ConcurrentLinkedQueue<Mislukt> mislukt = new ConcurrentLinkedQueue<>();
        volatile OffsetDateTime gereedOp;
        volatile Path zip;
        volatile String sha256;

        Taak(long ronde) {
            this.ronde = ronde;
        }

        Voortgang voortgang() {
            return new Voortgang(ronde, status, totaal, klaar.get(), List.copyOf(mislukt), gestartOp, gereedOp,
                    sha256);
        }
    }

    private final BriefService brieven;
    private final ApplicationEventPublisher gebeurtenissen;
    private final TransactionTemplate tx;
    private final ThreadPoolExecutor taken;
    private final Werkers werkers;
    private final Map<Long, Taak> perRonde = new ConcurrentHashMap<>();
    private final Path map;

    BriefBundels(BriefService brieven, ApplicationEventPublisher gebeurtenissen, TransactionTemplate tx,
            Werkers werkers, DataMap data) {
        this.brieven = brieven;
        this.gebeurtenissen = gebeurtenissen;
        this.tx = tx;
        this.werkers = werkers;
        this.map = data.pad("tijdelijk").resolve("brieven");
        maakMap(map);
        ruimOp(map);
        // one job at a time, a few waiting; more is refused (503) rather than queued without end
        this.taken = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(8), r -> {
            Thread t = new Thread(r, "brieven-zip");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** The directory of the ZIPs, made when missing (readable by the owner only). */
    private static void maakMap(Path map) {
        try {
            if (!Files.isDirectory(map)) {
                Files.createDirectories(map.getParent());
                try {
                    Files.createDirectory(map, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException e) {
                    Files.createDirectories(map);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("De map voor de ZIP-bestanden van brieven (" + map + ") is niet te maken",
                    e);
        }
    }

    /** Deletes the ZIP files in the directory (what an earlier run left, or all of them at shutdown). */
    private static void ruimOp(Path map) {
        if (!Files.isDirectory(map)) {
            return;
        }
        try {
            try (DirectoryStream<Path> oud = Files.newDirectoryStream(map, "woonregie-brieven-*.zip")) {
                for (Path p : oud) {
                    Files.deleteIfExists(p);
                    log.info("ZIP-bestand van brieven verwijderd: {}", p.getFileName());
                }
            }
        } catch (IOException e) {
            log.warn("ZIP-bestanden in {} niet (alle) verwijderd", map, e);
        }
    }

    /** At shutdown: the jobs stop (a ZIP being written is left unfinished), then every ZIP file is deleted. */
    @PreDestroy
    void stop() {
        taken.shutdownNow();
        try {
            taken.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        perRonde.values().forEach(t -> verwijder(t.zip));
        ruimOp(map);
    }

    private static void verwijder(Path zip) {
        if (zip != null) {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException e) {
                log.warn("ZIP {} niet verwijderd", zip, e);
            }
        }
    }

    /** Starts the ZIP of all letters of the round, unless one is being made; returns the progress. */
    public Voortgang start(long rondeId, Gebruiker door, String client) {
        BriefService.RondeGegevens ronde = brieven.ronde(rondeId);
        Taak nieuw = new Taak(rondeId);
        Taak vorige = perRonde.get(rondeId);
        Taak lopend = perRonde.compute(rondeId, (k, oud) -> oud != null && oud.status == Status.BEZIG ? oud : nieuw);
        if (lopend != nieuw) {
            return lopend.voortgang();
        }
        if (vorige != null && vorige != nieuw) {
            verwijder(vorige.zip);
        }
        List<Ronde.GemeenteUitkomst> metUitkomst = ronde.ronde().gemeenten().stream()
                .filter(g -> g.beoordeling() != null).toList();
        nieuw.totaal = metUitkomst.size();
        tx.executeWithoutResult(s -> gebeurtenissen.publishEvent(new BriefGebeurtenis.ZipGestart(rondeId,
                ronde.ronde().status(), ronde.ronde().versie(), metUitkomst.size(), new Actor(door.actor(), client))));
        try {
            taken.execute(() -> maak(nieuw, ronde, metUitkomst, door, client));
        } catch (RejectedExecutionException e) {
            nieuw.status = Status.MISLUKT;
            nieuw.mislukt.add(new Mislukt(null, "te veel opdrachten tegelijk"));
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Te druk", "Er worden al te veel ZIP-bestanden "
                    + "gemaakt. Probeer het later opnieuw.", null);
        }
        return nieuw.voortgang();
    }

    public Optional<Voortgang> voortgang(long ronde) {
        return Optional.ofNullable(perRonde.get(ronde)).map(Taak::voortgang);
    }

    /** The finished ZIP of the round, if there is one. */
    public Optional<Path> zip(long ronde) {
        Taak t = perRonde.get(ronde);
        return t == null || t.status != Status.KLAAR ? Optional.empty() : Optional.ofNullable(t.zip);
    }

    private void maak(Taak taak, BriefService.RondeGegevens ronde, List<Ronde.GemeenteUitkomst> gemeenten,
            Gebruiker door, String client) {
        Path zip = null;
        try {
            List<Future<Brief>> futures = new ArrayList<>();
            for (Ronde.GemeenteUitkomst g : gemeenten) {
                futures.add(werkers.submit(() -> brieven.brief(ronde, g.gemeente(), true)));
            }
            zip = Files.createTempFile(map, "woonregie-brieven-" + taak.ronde + "-", ".zip");
            // known from the start, so that a shutdown while it is written deletes it too
            taak.zip = zip;
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(zip));
                    ZipOutputStream out = new ZipOutputStream(new DigestOutputStream(file, digest))) {
                for (int i = 0; i < futures.size(); i++) {
                    Ronde.GemeenteUitkomst g = gemeenten.get(i);
                    try {
                        Brief b = futures.get(i).get();
                        ZipEntry entry = new ZipEntry(b.bestandsnaam());
                        out.putNextEntry(entry);
                        out.write(b.pdf());
                        out.closeEntry();
                        taak.klaar.incrementAndGet();
                    } catch (ExecutionException e) {
                        Throwable oorzaak = e.getCause() == null ? e : e.getCause();
                        log.warn("Brief voor {} in ronde {} mislukt", g.gemeente(), taak.ronde, oorzaak);
                        taak.mislukt.add(new Mislukt(g.gemeente(), reden(oorzaak)));
                    }
                }
                if (!taak.mislukt.isEmpty()) {
                    out.putNextEntry(new ZipEntry("MISLUKT.txt"));
                    StringBuilder sb = new StringBuilder("Deze brieven konden niet worden gemaakt:\n");
                    taak.mislukt.forEach(m -> sb.append(m.gemeente()).append(": ").append(m.reden()).append('\n'));
                    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            taak.sha256 = HexFormat.of().formatHex(digest.digest());
            taak.status = taak.klaar.get() == 0 && taak.totaal > 0 ? Status.MISLUKT : Status.KLAAR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            taak.status = Status.MISLUKT;
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            log.error("ZIP van ronde {} mislukt", taak.ronde, e);
            taak.mislukt.add(new Mislukt(null, reden(e)));
            taak.status = Status.MISLUKT;
        } finally {
            taak.gereedOp = OffsetDateTime.now();
        }
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("status", taak.status.name());
        nieuw.put("totaal", taak.totaal);
        nieuw.put("klaar", taak.klaar.get());
        nieuw.put("mislukt", taak.mislukt.stream().map(m -> m.gemeente() == null ? "-" : m.gemeente()).toList());
        if (taak.sha256 != null) {
            nieuw.put("sha256", taak.sha256);
        }
        try {
            tx.executeWithoutResult(s -> gebeurtenissen.publishEvent(new BriefGebeurtenis.ZipGemaakt(taak.ronde, nieuw,
                    new Actor(door.actor(), client))));
        } catch (RuntimeException e) {
            log.error("Audit van de ZIP van ronde {} mislukt", taak.ronde, e);
        }
        if (taak.status != Status.KLAAR) {
            verwijder(zip);
            taak.zip = null;
        }
    }

    private static String reden(Throwable e) {
        if (e instanceof ApiException a) {
            return a.getMessage();
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
