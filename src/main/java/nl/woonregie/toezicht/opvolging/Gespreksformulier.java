package nl.woonregie.toezicht.opvolging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.woonregie.platform.web.InvalidParam;

/**
 * A toezichtgesprek as typed on a page, the part every form of a talk shares: the period, the date, the level, the
 * step discussed and the participants by organisation and function (no names). The pages' own forms extend it: the
 * record of a talk held ({@code OpvolgingPagina.GesprekFormulier}), the planning of one ({@link Planning}) and the
 * correction of one ({@code brieven.GesprekPagina.Correctieformulier}). Values stay text as typed, so a refused form
 * shows them again.
 */
public class Gespreksformulier {

    /** How many participant rows a new form offers. */
    public static final int RIJEN = 6;

    private String periode;
    private String datum;
    private String soort;
    private String trede;
    private List<DeelnemerRij> deelnemers = new ArrayList<>();
    /** The rows of the participants last read by {@link #deelnemers()}, to put the API's errors on their row. */
    private List<Integer> rijen = List.of();

    private static final Pattern DEELNEMER = Pattern.compile("^deelnemers\\[(\\d+)\\]\\.(.+)$");
    private static final Pattern AGENDAPUNT = Pattern.compile("^agenda\\[(\\d+)\\]$");

    /** The participants typed: the rows with an organisation or a function, in their order. */
    public List<Toezichtgesprek.Deelnemer> deelnemers() {
        List<Integer> gevuld = new ArrayList<>();
        List<Toezichtgesprek.Deelnemer> lijst = new ArrayList<>();
        for (int i = 0; i < deelnemers.size(); i++) {
            DeelnemerRij d = deelnemers.get(i);
            if (waarde(d.getOrganisatie()) != null || waarde(d.getFunctie()) != null) {
                gevuld.add(i);
                lijst.add(new Toezichtgesprek.Deelnemer(waarde(d.getOrganisatie()), waarde(d.getFunctie())));
            }
        }
        rijen = List.copyOf(gevuld);
        return lijst;
    }

    /**
     * An invalid field as the API names it, as this form names it: the n-th participant on the row it was typed in
     * (empty rows are skipped), an agenda point on the agenda with its number.
     */
    public InvalidParam opVeld(InvalidParam p) {
        Matcher d = DEELNEMER.matcher(p.name());
        if (d.matches() && Integer.parseInt(d.group(1)) < rijen.size()) {
            return new InvalidParam("deelnemers[" + rijen.get(Integer.parseInt(d.group(1))) + "]." + d.group(2),
                    p.reason());
        }
        return agendapunt(p);
    }

    /** An agenda point's error on the agenda field, with the point's number ("punt 2: …"); any other as it is. */
    public static InvalidParam agendapunt(InvalidParam p) {
        Matcher a = AGENDAPUNT.matcher(p.name());
        return a.matches() ? new InvalidParam("agenda", "punt " + (Integer.parseInt(a.group(1)) + 1) + ": "
                + p.reason()) : p;
    }

    /** A typed value, or null when nothing (or only spaces) was typed. */
    public static String waarde(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Adds empty participant rows until there are {@code rijen}. */
    public void vulAan(int rijen) {
        while (deelnemers.size() < rijen) {
            deelnemers.add(new DeelnemerRij());
        }
    }

    /** One participant row: organisation and function, no names. */
    public static class DeelnemerRij {
        private String organisatie;
        private String functie;

        public String getOrganisatie() {
            return organisatie;
        }

        public void setOrganisatie(String organisatie) {
            this.organisatie = organisatie;
        }

        public String getFunctie() {
            return functie;
        }

        public void setFunctie(String functie) {
            this.functie = functie;
        }
    }

    /** A talk to be held: besides the shared part the time it starts, the place or link, the agenda one point a line. */
    public static class Planning extends Gespreksformulier {
        private String aanvang;
        private String plaats;
        private String link;
        private String agenda;

        public String getAanvang() {
            return aanvang;
        }

        public void setAanvang(String aanvang) {
            this.aanvang = aanvang;
        }

        public String getPlaats() {
            return plaats;
        }

        public void setPlaats(String plaats) {
            this.plaats = plaats;
        }

        public String getLink() {
            return link;
        }

        public void setLink(String link) {
            this.link = link;
        }

        public String getAgenda() {
            return agenda;
        }

        public void setAgenda(String agenda) {
            this.agenda = agenda;
        }

        /** The agenda's points: one a line, empty lines left out. */
        public List<String> agendapunten() {
            return agenda == null ? List.of() : Arrays.stream(agenda.split("\\R")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
    }

    public String getPeriode() {
        return periode;
    }

    public void setPeriode(String periode) {
        this.periode = periode;
    }

    public String getDatum() {
        return datum;
    }

    public void setDatum(String datum) {
        this.datum = datum;
    }

    public String getSoort() {
        return soort;
    }

    public void setSoort(String soort) {
        this.soort = soort;
    }

    public String getTrede() {
        return trede;
    }

    public void setTrede(String trede) {
        this.trede = trede;
    }

    public List<DeelnemerRij> getDeelnemers() {
        return deelnemers;
    }

    public void setDeelnemers(List<DeelnemerRij> deelnemers) {
        this.deelnemers = deelnemers;
    }
}
