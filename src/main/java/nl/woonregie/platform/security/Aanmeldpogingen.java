package nl.woonregie.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted per account name and per client address ({@code aanmeldpoging}, shared by all instances).
 * From the {@code drempel}-th failure within the window on, the account or address is blocked for the first block
 * time, doubled at each further failure up to the longest; while blocked no password is judged. A success clears the
 * account's count (not the address's: one valid account must not reset a guesser's address). The time comes from the
 * caller (the application clock), so tests can move it.
 */
@Component
class Aanmeldpogingen {

    /** How the counts work, from {@code woonregie.aanmelden.*}. */
    record Regels(int accountDrempel, Duration accountVenster, int adresDrempel, Duration adresVenster,
            Duration eersteBlokkade, Duration langsteBlokkade) {

        Duration blokkade(int mislukt, int drempel) {
            int verdubbelingen = Math.min(mislukt - drempel, 20);
            Duration d = eersteBlokkade.multipliedBy(1L << verdubbelingen);
            return d.compareTo(langsteBlokkade) > 0 ? langsteBlokkade : d;
        }
    }

    /** What a failure led to: a block of the account and/or the address that starts now (null when none). */
    record Gevolg(int mislukt, Instant accountTot, Instant adresTot) {
    }

    private final JdbcClient jdbc;
    private final Regels regels;

    Aanmeldpogingen(JdbcClient jdbc,
            @Value("${woonregie.aanmelden.account-drempel:5}") int accountDrempel,
            @Value("${woonregie.aanmelden.account-venster:PT24H}") Duration accountVenster,
            @Value("${woonregie.aanmelden.adres-drempel:20}") int adresDrempel,
            @Value("${woonregie.aanmelden.adres-venster:PT1H}") Duration adresVenster,
            @Value("${woonregie.aanmelden.eerste-blokkade:PT1M}") Duration eersteBlokkade,
            @Value("${woonregie.aanmelden.langste-blokkade:PT1H}") Duration langsteBlokkade) {
        this.jdbc = jdbc;
        this.regels = new Regels(accountDrempel, accountVenster, adresDrempel, adresVenster, eersteBlokkade,
                langsteBlokkade);
    }

    static String account(String naam) {
        return "account:" + naam;
    }

    static String adres(String adres) {
        return "adres:" + adres;
    }

    /** The account's and address's stand at {@code nu}: failures counted for the account, blocked until when. */
    record Stand(boolean accountTelt, Optional<Instant> geblokkeerdTot) {
    }

    /** One read per sign-in: whether the account has failures counted, and until when it or the address is blocked. */
    Stand stand(String naam, String adres, Instant nu) {
        List<Object[]> rijen = jdbc.sql("select sleutel, geblokkeerd_tot from aanmeldpoging where sleutel in (?, ?)")
                .params(account(naam), adres(adres))
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getObject(2, OffsetDateTime.class)}).list();
        boolean telt = rijen.stream().anyMatch(r -> r[0].equals(account(naam)));
        Optional<Instant> tot = rijen.stream().map(r -> (OffsetDateTime) r[1]).filter(t -> t != null)
                .map(OffsetDateTime::toInstant).filter(t -> t.isAfter(nu)).max(Instant::compareTo);
        return new Stand(telt, tot);
    }

    /** Counts a failure for the account and the address; says which blocks start now. */
    Gevolg mislukt(String naam, String adres, Instant nu) {
        int account = tel(account(naam), nu, regels.accountVenster());
        int vanAdres = tel(adres(adres), nu, regels.adresVenster());
        Instant accountTot = blokkeer(account(naam), account, regels.accountDrempel(), nu);
        Instant adresTot = blokkeer(adres(adres), vanAdres, regels.adresDrempel(), nu);
        return new Gevolg(account, accountTot, adresTot);
    }

    /** A success clears the account's count. */
    void gelukt(String naam) {
        jdbc.sql("delete from aanmeldpoging where sleutel = ?").param(account(naam)).update();
    }

    private int tel(String sleutel, Instant nu, Duration venster) {
        return jdbc.sql("""
                insert into aanmeldpoging (sleutel, mislukt, laatste_op) values (?, 1, ?)
                on conflict (sleutel) do update set
                    mislukt = case when aanmeldpoging.laatste_op < ? then 1 else aanmeldpoging.mislukt + 1 end,
                    geblokkeerd_tot = case when aanmeldpoging.laatste_op < ? then null
                        else aanmeldpoging.geblokkeerd_tot end,
                    laatste_op = excluded.laatste_op
                returning mislukt""")
                .params(sleutel, tijd(nu), tijd(nu.minus(venster)), tijd(nu.minus(venster)))
                .query(Integer.class).single();
    }

    private Instant blokkeer(String sleutel, int mislukt, int drempel, Instant nu) {
        if (mislukt < drempel) {
            return null;
        }
        Instant tot = nu.plus(regels.blokkade(mislukt, drempel));
        jdbc.sql("update aanmeldpoging set geblokkeerd_tot = ? where sleutel = ?").params(tijd(tot), sleutel).update();
        return tot;
    }

    private static OffsetDateTime tijd(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
