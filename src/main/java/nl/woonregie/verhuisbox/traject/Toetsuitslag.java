package nl.woonregie.verhuisbox.traject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.woonregie.verhuisbox.Criterium;
import nl.woonregie.verhuisbox.Toetsbesluit;

/**
 * What an ICP-toets leads to, derived from the recorded outcome per criterion only (no judgment hidden in code):
 * a hard criterion not met → refusal with those reasons; a hard criterion still unknown → no decision yet; else the
 * waiting list, with a "basis op orde" task per document not in order and the advice-only variant when an exception
 * applies.
 */
public record Toetsuitslag(Toetsbesluit besluit, List<Criterium> afwijzingsgronden, List<Criterium> onbekend,
        List<Criterium> basisOpOrde, boolean uitzondering) {

    public static Toetsuitslag van(List<Criterium> criteria, Map<String, Criterium.Uitslag> uitslagen) {
        List<Criterium> afwijzing = new ArrayList<>();
        List<Criterium> onbekend = new ArrayList<>();
        List<Criterium> basis = new ArrayList<>();
        boolean uitzondering = false;
        for (Criterium c : criteria) {
            Criterium.Uitslag u = uitslagen.getOrDefault(c.code(), Criterium.Uitslag.ONBEKEND);
            switch (c.soort()) {
                case UITSLUITEND -> {
                    if (u == Criterium.Uitslag.NIET_VOLDAAN) {
                        afwijzing.add(c);
                    } else if (u == Criterium.Uitslag.ONBEKEND) {
                        onbekend.add(c);
                    }
                }
                case DOCUMENT -> {
                    if (u != Criterium.Uitslag.VOLDAAN) {
                        basis.add(c);
                    }
                }
                case UITZONDERING -> uitzondering |= u == Criterium.Uitslag.VOLDAAN;
            }
        }
        Toetsbesluit b = !afwijzing.isEmpty() ? Toetsbesluit.GEWEIGERD
                : !onbekend.isEmpty() ? Toetsbesluit.ONVOLLEDIG : Toetsbesluit.WACHTLIJST;
        return new Toetsuitslag(b, List.copyOf(afwijzing), List.copyOf(onbekend), List.copyOf(basis), uitzondering);
    }

    /**
     * The letter (e-mail text) to the aanmelder explaining a refusal, with a pointer to other help per reason. An
     * account has a user name, not a person's name: the letter greets the colleague, not "vhb-aanmelder2".
     */
    public String weigerbrief(String organisatie, long casus, int jaar) {
        StringBuilder sb = new StringBuilder();
        sb.append("Beste collega,\n\n");
        sb.append("Dank voor uw aanmelding (kenmerk VHB-").append(casus).append(") bij Verhuisbox Plus namens ")
                .append(organisatie).append(". ");
        sb.append("Wij hebben de aanmelding getoetst aan de criteria Verhuisbox Plus ").append(jaar)
                .append(". Uw cliënt komt helaas niet in aanmerking, om de volgende ")
                .append(afwijzingsgronden.size() == 1 ? "reden" : "redenen").append(":\n\n");
        for (Criterium c : afwijzingsgronden) {
            sb.append("- Niet voldaan: ").append(c.omschrijving()).append(".\n");
        }
        sb.append("\nDit besluit gaat alleen over Verhuisbox Plus. Uw cliënt houdt recht op andere hulp. ");
        sb.append("Wij verwijzen u graag naar:\n\n");
        afwijzingsgronden.stream().map(Criterium::verwijzing).filter(v -> v != null && !v.isBlank()).distinct()
                .forEach(v -> sb.append("- ").append(v).append("\n"));
        sb.append("\nHeeft u vragen of nieuwe informatie? Neem dan contact op met het ICP; de toets kan opnieuw "
                + "worden gedaan met een nieuwe aanmelding.\n\nMet vriendelijke groet,\n\nICP Verhuisbox Plus\n");
        return sb.toString();
    }
}
