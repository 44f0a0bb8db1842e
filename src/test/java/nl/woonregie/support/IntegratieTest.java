package nl.woonregie.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application on a real (embedded) PostgreSQL in a temporary directory that is removed
 * afterwards. All such tests share one application context (Spring's test context cache), so one database. That
 * cluster is thrown away, so it runs without fsync and synchronous commit ({@code woonregie.embedded.duurzaam=false},
 * refused for any other cluster); the durable configuration is proven by {@code platform.crash.BevestigdIsBewaardTest}.
 * The administrator's password is {@value #BEHEERDER_WACHTWOORD}; the one trusted reverse proxy is {@value #PROXY}.
 * The application's clock is a {@link TestKlok}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "woonregie.data-dir=${java.io.tmpdir}/woonregie-test-${random.uuid}",
    "woonregie.embedded.tijdelijk=true",
    "woonregie.embedded.duurzaam=false",
    "woonregie.wachtwoorden.argon2-geheugen-kib=1024",
    // background jobs: a retried attempt and another instance's job found within half a second
    "woonregie.achtergrond.poll-interval=500ms",
    "woonregie.achtergrond.eerste-herhaling=1s",
    "WOONREGIE_ADMIN_PASSWORD=" + IntegratieTest.BEHEERDER_WACHTWOORD,
    // the tests of this context sign in as the administrator and the Verhuisbox accounts with HTTP Basic and the
    // form, hundreds of times; a second step (TOTP) would refuse Basic and ask every form sign-in for a code. They are
    // about what the accounts may do, not how they sign in: the second step is on (the default) in TotpContext, where
    // TweedeStapTest and TweedeStapBrowserTest enrol accounts and sign in with codes
    "woonregie.totp.verplicht-voor=",
    "woonregie.proxies=" + IntegratieTest.PROXY
})
@AutoConfigureMockMvc
@Import(TestKlok.Configuratie.class)
public @interface IntegratieTest {

    String BEHEERDER_WACHTWOORD = "test-beheerder-wachtwoord";
    /** The address of the reverse proxy the tests' application trusts with X-Forwarded-* headers. */
    String PROXY = "10.99.0.1";
}
