package nl.woonregie.brieven.internal;

import java.util.List;

/**
 * Everything a letter shows, already worded and formatted in Dutch. Built by {@link BriefSamensteller} only from the
 * stored round (outcome, findings, decisions), the province overview of that round and the beleidskader; the
 * template adds no figure of its own. {@code aanvulling}: what the supervisor set during the review (postal address,
 * Uw kenmerk, zaaknummer, signer, free paragraphs, copy-to list; ADR 0050).
 */
public record BriefInhoud(
        boolean concept,
        String kenmerk,
        String datum,
        String provincie,
        String gemeente,
        String gemeenteCode,
        String onderwerp,
        boolean tussentijds,
        String peildatum,
        String periode,
        String beleidskader,
        List<String> inleiding,
        String tabelTitel,
        List<Rij> tabel,
        List<String> conclusie,
        List<Vraag> vragen,
        List<String> motivering,
        List<Rij> beslissingen,
        String volgendePeriodeTitel,
        List<Rij> volgendePeriode,
        List<String> slot,
        List<String> bevindingen,
        List<LadderStap> ladder,
        List<String> ladderUitleg,
        String provincieTitel,
        List<String> provincieTekst,
        List<Rij> provincieTabel,
        List<Rij> perTrede,
        String additioneelTitel,
        List<Rij> additioneel,
        List<Rij> additioneelProvincie,
        List<String> additioneelTekst,
        List<String> controle,
        List<Rij> vergelijking,
        Briefaanvulling aanvulling) {

    /** A row of a two-column table: label and value. */
    public record Rij(String label, String waarde) {

        /** A plain figure (1.592, 32%), right-aligned in a table; words are left-aligned. */
        public boolean getal() {
            return waarde != null && waarde.matches("-?[0-9.]+(,[0-9]+)?%?");
        }
    }

    /** One of the four questions of the eindoordeel (R6) with its answer. */
    public record Vraag(int nummer, String vraag, String antwoord, String toelichting) {
    }

    /** A step of the interventieladder as the letter explains it. */
    public record LadderStap(String label, String naam, String betekenis, String besluit, boolean huidig) {
    }

    /** The title as in the document properties: subject and municipality. */
    public String titel() {
        return (concept ? "CONCEPT — " : "") + onderwerp + " — " + gemeente;
    }

    public boolean heeftAdditioneel() {
        return additioneel != null && !additioneel.isEmpty();
    }
}
