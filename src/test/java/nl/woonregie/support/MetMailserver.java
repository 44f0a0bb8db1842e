package nl.woonregie.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real SMTP server in the test's own process (GreenMail, over TLS: SMTPS with GreenMail's own certificate, trusted for
 * this address only) and the outbox's settings for it. The tests that send mail extend this class, so they share one
 * application context (the same property source) and one server; each empties the mailboxes before it starts.
 */
public abstract class MetMailserver {

    protected static final GreenMail SERVER;

    static {
        ServerSetup smtps = ServerSetupTest.SMTPS.dynamicPort();
        // GreenMail waits 2 s for its server by default; a machine busy with other builds needs longer
        smtps.setServerStartupTimeout(60_000);
        SERVER = new GreenMail(smtps);
        SERVER.start();
    }

    @DynamicPropertySource
    static void mailserver(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> SERVER.getSmtps().getPort());
        r.add("spring.mail.protocol", () -> "smtps");
        // GreenMail's own self-signed certificate: trusted for this address, its name (not 127.0.0.1) not checked
        r.add("spring.mail.properties.mail.smtps.ssl.trust", () -> "127.0.0.1");
        r.add("spring.mail.properties.mail.smtps.ssl.checkserveridentity", () -> "false");
        r.add("woonregie.post.afzender", () -> "Woonregie <woonregie@provincie.example>");
        r.add("woonregie.post.interval", () -> "500ms");
        r.add("woonregie.post.pogingen", () -> "2");
        r.add("woonregie.post.eerste-herhaling", () -> "5s");
    }
}
