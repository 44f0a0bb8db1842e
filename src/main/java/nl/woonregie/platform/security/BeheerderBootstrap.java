package nl.woonregie.platform.security;

import java.security.SecureRandom;

import nl.woonregie.platform.audit.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator account {@code beheerder} when the database has no administrator yet. Its password
 * comes from {@code WOONREGIE_ADMIN_PASSWORD} or is generated and printed once to the console.
 */
@Component
class BeheerderBootstrap implements ApplicationRunner {

    static final String GEBRUIKERSNAAM = "beheerder";
    private static final Logger log = LoggerFactory.getLogger(BeheerderBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher gebeurtenissen;
    private final String configuredPassword;
    private final Wachtwoordregels regels;

    BeheerderBootstrap(JdbcClient jdbc, PasswordEncoder encoder, ApplicationEventPublisher gebeurtenissen,
            @Value("${WOONREGIE_ADMIN_PASSWORD:}") String configuredPassword, Wachtwoordregels regels) {
        this.regels = regels;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.gebeurtenissen = gebeurtenissen;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean exists = jdbc.sql("select count(*) from toewijzing where rol = 'BEHEERDER'").query(Long.class)
                .single() > 0;
        if (exists) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        long id = jdbc.sql("insert into gebruiker (gebruikersnaam, wachtwoord_hash) values (?, ?) returning id")
                .params(GEBRUIKERSNAAM, encoder.encode(password))
                .query(Long.class).single();
        jdbc.sql("insert into toewijzing (gebruiker_id, rol, aangemaakt_door) values (?, 'BEHEERDER', 'systeem')")
                .param(id).update();
        gebeurtenissen.publishEvent(new AccountGebeurtenis.BeheerderAangemaakt(GEBRUIKERSNAAM, generated,
                new Actor("systeem", "eerste start")));
        if (generated) {
            // Printed once, on purpose to the console and not to a log file: it is not stored anywhere else.
            System.out.printf("%n==========================================================================%n"
                    + " Woonregie: eerste beheerdersaccount aangemaakt%n"
                    + "   gebruikersnaam: %s%n   wachtwoord:     %s%n"
                    + " Dit wachtwoord wordt maar een keer getoond. Wijzig het na het inloggen.%n"
                    + "==========================================================================%n%n",
                    GEBRUIKERSNAAM, password);
        } else {
            log.info("Beheerdersaccount '{}' aangemaakt met het wachtwoord uit WOONREGIE_ADMIN_PASSWORD",
                    GEBRUIKERSNAAM);
            // the environment's password is not refused (the first start must work), but said to be weak
            regels.bezwaar(password, null).ifPresent(b -> log.warn("Het wachtwoord uit WOONREGIE_ADMIN_PASSWORD "
                    + "voldoet niet aan de wachtwoordregels ({}) Wijzig het na het inloggen.", b));
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
