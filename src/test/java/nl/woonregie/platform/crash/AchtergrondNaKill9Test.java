package nl.woonregie.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A background job interrupted by {@code kill -9} is run again after the restart and finishes its work once: the
 * application starts as in production with the demo, whose first start makes its rounds' letters in background jobs
 * (kenmerken reserved at each vaststelling); while a job is storing letters the JVM is killed with SIGKILL. After a
 * restart on the same data the job's execution is found dead (its heartbeat stopped: one second here, six missed) and
 * run again; it makes only the letters still missing. In the end every reserved kenmerk has exactly one letter, each
 * letter one audit entry, the kenmerk series has no gap, and the interrupted job is KLAAR after more than one
 * attempt.
 */
class AchtergrondNaKill9Test {

    static final String WACHTWOORD = "crash-test-wachtwoord";
    static final String[] ARGUMENTEN = {"--woonregie.demo=true", "--woonregie.achtergrond.hartslag=1s",
        "--woonregie.achtergrond.poll-interval=500ms"};

    @TempDir
    Path dir;

    @Test
    void een_taak_die_door_kill_9_is_onderbroken_wordt_na_de_herstart_afgemaakt_zonder_iets_dubbel() throws Exception {
        Path data = dir.resolve("data");
        AppProces app = AppProces.start(data, WACHTWOORD, Duration.ofMinutes(15), ARGUMENTEN);
        List<String> onderbroken = new ArrayList<>();
        long briefVoor;
        try {
            Instant tot = Instant.now().plus(Duration.ofMinutes(10));
            while (onderbroken.isEmpty()) {
                assertThat(Instant.now()).as("a letters job storing letters").isBefore(tot);
                onderbroken.addAll(lijst(app, "select sleutel from achtergrondtaak where soort = 'brieven-vastleggen' "
                        + "and status = 'BEZIG' and klaar > 0"));
                Thread.sleep(20);
            }
            app.proces().destroyForcibly().waitFor();
            // PostgreSQL outlives the killed JVM (the restart stops it): what was stored when the job was killed
            briefVoor = app.tel("select count(*) from brief");
            assertThat(app.tel("select count(*) from brief_kenmerk")).as("not every letter was made before the kill")
                    .isGreaterThan(briefVoor);
        } finally {
            app.proces().destroyForcibly().waitFor();
        }

        AppProces opnieuw = AppProces.start(data, WACHTWOORD, Duration.ofMinutes(15), ARGUMENTEN);
        try {
            Instant tot = Instant.now().plus(Duration.ofMinutes(10));
            while (opnieuw.tel("select count(*) from achtergrondtaak where status in ('GEPLAND', 'BEZIG') "
                    + "and not terugkerend") > 0) {
                assertThat(Instant.now()).as("every job done after the restart").isBefore(tot);
                Thread.sleep(250);
            }
            assertThat(opnieuw.tel("select count(*) from achtergrondtaak where status = 'MISLUKT'")).isZero();
            long brieven = opnieuw.tel("select count(*) from brief");
            assertThat(brieven).isGreaterThan(briefVoor);
            assertThat(opnieuw.tel("select count(*) from brief_kenmerk k where not exists "
                    + "(select 1 from brief b where b.kenmerk = k.kenmerk)")).as("every kenmerk has its letter").isZero();
            assertThat(opnieuw.tel("select count(*) from brief_kenmerk")).isEqualTo(brieven);
            assertThat(opnieuw.tel("select count(*) from audit_log where actie = 'BRIEF_VASTGELEGD'"))
                    .as("each letter stored and audited once").isEqualTo(brieven);
            assertThat(opnieuw.tel("select count(*) from brief_kenmerkreeks r where r.laatste <> "
                    + "(select count(*) from brief_kenmerk k where k.provincie_code = r.provincie_code)"))
                    .as("no gap in a kenmerk series").isZero();
            for (String sleutel : onderbroken) {
                assertThat(opnieuw.waarde("select status || ' ' || pogingen from achtergrondtaak where soort = "
                        + "'brieven-vastleggen' and sleutel = '" + sleutel + "'")).as("job " + sleutel)
                        .isIn("KLAAR 2", "KLAAR 3");
            }
            System.out.printf("AchtergrondNaKill9Test: %d letters stored before the kill, %d after the restart; "
                    + "interrupted: %s%n", briefVoor, brieven, onderbroken);
        } finally {
            opnieuw.stop();
        }
    }

    static List<String> lijst(AppProces app, String sql) throws Exception {
        if (app.pgPoort() == 0) {
            return List.of();
        }
        List<String> lijst = new ArrayList<>();
        try (Connection c = app.superuser(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                lijst.add(rs.getString(1));
            }
        }
        return lijst;
    }
}
