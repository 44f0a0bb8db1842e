package nl.woonregie.platform.achtergrond.internal;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the background jobs ({@code woonregie.achtergrond.*}, README options).
 *
 * @param uitvoeren        whether this instance runs jobs (an instance that does not still plans them and shows them)
 * @param threads          jobs run at once on this instance
 * @param pollInterval     how often an instance looks for due jobs of other instances and retries (its own new jobs
 *                         start at once, after their transaction commits)
 * @param hartslag         how often a running job's heartbeat is written
 * @param gemisteHartslagen after this many missed heartbeats a job is taken to be dead (its instance killed) and is
 *                         run again, by any instance
 * @param pogingen         attempts of a one-time job before it is MISLUKT
 * @param eersteHerhaling  the wait after the first failed attempt; doubled after each further one
 * @param langsteHerhaling the longest wait between attempts
 * @param instantie        this instance's name, shown with the jobs it runs (default host name and process id)
 */
@ConfigurationProperties("woonregie.achtergrond")
public record Instellingen(@DefaultValue("true") boolean uitvoeren, @DefaultValue("2") int threads,
        @DefaultValue("10s") Duration pollInterval, @DefaultValue("15s") Duration hartslag,
        @DefaultValue("6") int gemisteHartslagen, @DefaultValue("5") int pogingen,
        @DefaultValue("30s") Duration eersteHerhaling, @DefaultValue("1h") Duration langsteHerhaling,
        String instantie) {

    public Instellingen {
        if (threads < 1 || pogingen < 1 || gemisteHartslagen < 1) {
            throw new IllegalArgumentException("woonregie.achtergrond: threads, pogingen en gemiste-hartslagen zijn "
                    + "minstens 1");
        }
        if (instantie == null || instantie.isBlank()) {
            instantie = standaardNaam();
        }
    }

    private static String standaardNaam() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "onbekend";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    /** The wait before attempt {@code n + 1} after {@code n} failed ones: doubled each time, at most the longest. */
    public Duration herhaling(int mislukt) {
        Duration d = eersteHerhaling;
        for (int i = 1; i < mislukt && d.compareTo(langsteHerhaling) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(langsteHerhaling) > 0 ? langsteHerhaling : d;
    }
}
