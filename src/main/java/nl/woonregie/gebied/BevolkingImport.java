package nl.woonregie.gebied;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator imports the CBS population of 1 January of a year that the shipped reference data lacks (2020 and
 * 2021, which the distribution of 2021-I … 2022-II needs, or a later year): the columns of the shipped file, all or
 * nothing, the gemeenten exactly those of the register on that day, with its provenance recorded and audited. A year
 * imported again replaces the earlier import's figures (the earlier import stays, replaced); the shipped years are
 * reference data and are never replaced.
 */
@Service
public class BevolkingImport {

    /** The longest provenance text. */
    public static final int MAX_BRON = 500;

    private final JdbcClient jdbc;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    BevolkingImport(JdbcClient jdbc, GebiedService gebied, ApplicationEventPublisher gebeurtenissen) {
        this.jdbc = jdbc;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** Only an administrator imports population figures (403 otherwise); translators call it before reading a file. */
    public Gebruiker vereisImporteren(Gebruiker g) {
        return Toegang.rol(g, Rol.BEHEERDER);
    }

    /**
     * Imports {@code inhoud} as the population of 1 January {@code jaar}: every invalid field and row named (400),
     * nothing stored on any error. {@code jaar} as typed (a year from {@link GebiedService#GEMEENTEN_BEKEND_VANAF}
     * to this year, not one of the shipped years); {@code bron} the provenance (required).
     */
    @Transactional
    public BevolkingImportResultaat importeer(String jaar, String bron, byte[] inhoud, String bestandsnaam,
            Gebruiker door, String client) {
        vereisImporteren(door);
        List<InvalidParam> fouten = new ArrayList<>();
        Integer j = jaar(jaar, fouten);
        String schoneBron = bron == null ? "" : bron.strip();
        if (schoneBron.isEmpty()) {
            fouten.add(new InvalidParam("bron", "verplicht: waar het bestand vandaan komt, bijvoorbeeld "
                    + "'CBS StatLine 03759ned, gedownload op 3 maart 2025'"));
        } else if (schoneBron.length() > MAX_BRON) {
            fouten.add(new InvalidParam("bron", "hoogstens " + MAX_BRON + " tekens"));
        }
        String naam = bestandsnaam == null || bestandsnaam.isBlank() ? null : bestandsnaam.strip();
        if (naam != null && naam.length() > 255) {
            naam = naam.substring(0, 255);
        }
        List<BevolkingBestand.Rij> rijen = List.of();
        if (inhoud == null || inhoud.length == 0) {
            fouten.add(new InvalidParam("bestand", "kies een CSV-bestand met de kolommen "
                    + String.join(", ", BevolkingBestand.KOLOMMEN)));
        } else if (j != null) {
            BevolkingBestand.Gelezen gelezen = BevolkingBestand.lees(inhoud, j);
            fouten.addAll(gelezen.fouten());
            rijen = gelezen.rijen();
            if (gelezen.fouten().isEmpty()) {
                fouten.addAll(vergelijkMetRegister(j, rijen));
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het bestand is niet geïmporteerd; er is niets opgeslagen.", fouten);
        }
        LocalDate peildatum = LocalDate.of(j, 1, 1);
        jdbc.sql("select pg_advisory_xact_lock(hashtext('woonregie.bevolking_import'))").query().listOfRows();
        BevolkingImportResultaat.Vorige vorige = jdbc.sql("""
                select id, sha256, inwoners from bevolking_import where peildatum = ? and vervangen_op is null""")
                .param(peildatum)
                .query((rs, n) -> new BevolkingImportResultaat.Vorige(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .optional().orElse(null);
        if (vorige != null) {
            jdbc.sql("delete from bevolking where peildatum = ? and import_id is not null").param(peildatum).update();
            jdbc.sql("update bevolking_import set vervangen_op = now() where id = ?").param(vorige.importId()).update();
        }
        long inwoners = rijen.stream().mapToLong(BevolkingBestand.Rij::inwoners).sum();
        String sha256 = Sha256.hex(inhoud);
        long id = jdbc.sql("""
                insert into bevolking_import (peildatum, bron, bestandsnaam, sha256, aantal_gemeenten, inwoners,
                    ingevoerd_door)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(peildatum, schoneBron, naam, sha256, rijen.size(), inwoners, door.actor())
                .query(Long.class).single();
        jdbc.sql("""
                insert into bevolking (gemeente_code, peildatum, inwoners, naam_in_bron, import_id)
                select code, ?, inwoners, naam, ? from unnest(?::text[], ?::int[], ?::text[]) as r(code, inwoners, naam)""")
                .params(peildatum, id, rijen.stream().map(BevolkingBestand.Rij::code).toArray(String[]::new),
                        rijen.stream().map(BevolkingBestand.Rij::inwoners).toArray(Integer[]::new),
                        rijen.stream().map(BevolkingBestand.Rij::naamInBron).toArray(String[]::new))
                .update();
        gebeurtenissen.publishEvent(new GebiedGebeurtenis.BevolkingGeimporteerd(id, peildatum, schoneBron, naam,
                sha256, rijen.size(), inwoners, vorige, new Actor(door.actor(), client)));
        return new BevolkingImportResultaat(id, peildatum, rijen.size(), inwoners, sha256, vorige);
    }

    /**
     * Where the figures of each peildatum come from, oldest first: the shipped reference data or the current import
     * of that day.
     */
    @Transactional(readOnly = true)
    public List<Bevolkingsbron> bronnen() {
        return jdbc.sql("""
                select b.peildatum, count(*) as aantal, sum(b.inwoners) as inwoners, i.bron, i.bestandsnaam, i.sha256,
                       i.ingevoerd_door, i.ingevoerd_op
                from bevolking b left join bevolking_import i on i.id = b.import_id
                group by b.peildatum, i.id
                order by b.peildatum""")
                .query((rs, n) -> {
                    boolean geimporteerd = rs.getString("sha256") != null;
                    return new Bevolkingsbron(rs.getObject("peildatum", LocalDate.class), rs.getInt("aantal"),
                            rs.getLong("inwoners"), geimporteerd,
                            geimporteerd ? rs.getString("bron") : Bevolkingsbron.REFERENTIEDATA,
                            rs.getString("bestandsnaam"), rs.getString("sha256"), rs.getString("ingevoerd_door"),
                            rs.getObject("ingevoerd_op", OffsetDateTime.class));
                }).list();
    }

    private Integer jaar(String tekst, List<InvalidParam> fouten) {
        int eerste = GebiedService.GEMEENTEN_BEKEND_VANAF.getYear();
        int laatste = gebied.vandaag().getYear();
        String reden = "een jaar van " + eerste + " tot en met " + laatste;
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new InvalidParam("jaar", "verplicht: " + reden));
            return null;
        }
        int jaar;
        try {
            jaar = Integer.parseInt(tekst.strip());
        } catch (NumberFormatException e) {
            fouten.add(new InvalidParam("jaar", "moet " + reden + " zijn"));
            return null;
        }
        if (jaar < eerste || jaar > laatste) {
            fouten.add(new InvalidParam("jaar", "moet " + reden + " zijn (de gemeentelijke indeling is bekend vanaf "
                    + "1 januari " + eerste + ")"));
            return null;
        }
        boolean meegeleverd = jdbc.sql("select exists (select 1 from bevolking where peildatum = ? and import_id is null)")
                .param(LocalDate.of(jaar, 1, 1)).query(Boolean.class).single();
        if (meegeleverd) {
            fouten.add(new InvalidParam("jaar", "de bevolking op 1 januari " + jaar + " is referentiedata van "
                    + "Woonregie en wordt niet vervangen"));
            return null;
        }
        return jaar;
    }

    /** The file's gemeenten must be exactly those of the register on 1 January of the year. */
    private List<InvalidParam> vergelijkMetRegister(int jaar, List<BevolkingBestand.Rij> rijen) {
        LocalDate dag = LocalDate.of(jaar, 1, 1);
        Map<String, Gemeente> register = gebied.gemeentenOp(dag).stream()
                .collect(Collectors.toMap(Gemeente::code, g -> g));
        List<InvalidParam> fouten = new ArrayList<>();
        Set<String> inBestand = new TreeSet<>();
        for (BevolkingBestand.Rij r : rijen) {
            inBestand.add(r.code());
            if (!register.containsKey(r.code())) {
                fouten.add(new InvalidParam("regel " + r.regel() + ", kolom code", r.code()
                        + " was op 1 januari " + jaar + " geen gemeente volgens het register"));
            }
        }
        List<String> ontbrekend = register.keySet().stream().filter(c -> !inBestand.contains(c)).sorted()
                .map(c -> c + " (" + register.get(c).naam() + ")").toList();
        if (!ontbrekend.isEmpty()) {
            fouten.add(new InvalidParam("bestand", "mist " + ontbrekend.size() + " van de " + register.size()
                    + " gemeenten van 1 januari " + jaar + ": " + String.join(", ", ontbrekend.subList(0,
                            Math.min(20, ontbrekend.size()))) + (ontbrekend.size() > 20 ? " …" : "")));
        }
        return fouten;
    }
}
