package nl.woonregie.toezicht.regels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds dossiers for tests: {@code dossier("0").periode("2022-I", 100).tussen(40, 60).eind(90)...}. */
final class DossierBouwer {

    private final Beleidskader kader;
    private final String startTrede;
    private final List<Dossier.PeriodeCijfers> perioden = new ArrayList<>();
    private final List<Dossier.Besluit> besluiten = new ArrayList<>();
    private Periode periode;
    private long taakstelling;
    private Long saldoIn;
    private Dossier.Tussenstand tussenstand;
    private Dossier.Eindstand eindstand;

    private DossierBouwer(Beleidskader kader, String startTrede) {
        this.kader = kader;
        this.startTrede = startTrede;
    }

    static DossierBouwer dossier(String startTrede) {
        return new DossierBouwer(Kaders.ZUID_HOLLAND, startTrede);
    }

    static DossierBouwer dossier(Beleidskader kader, String startTrede) {
        return new DossierBouwer(kader, startTrede);
    }

    DossierBouwer periode(String code, long taakstelling) {
        flush();
        this.periode = Periode.parse(code, kader.kalender().lengte()).orElseThrow();
        this.taakstelling = taakstelling;
        return this;
    }

    DossierBouwer saldoIn(long saldo) {
        this.saldoIn = saldo;
        return this;
    }

    DossierBouwer tussen(long gehuisvest, Long koppelingen) {
        this.tussenstand = new Dossier.Tussenstand(gehuisvest, koppelingen, null);
        return this;
    }

    DossierBouwer tussen(long gehuisvest, Long koppelingen, Boolean voldoende) {
        this.tussenstand = new Dossier.Tussenstand(gehuisvest, koppelingen, voldoende);
        return this;
    }

    DossierBouwer eind(long gehuisvestCoa) {
        return eind(gehuisvestCoa, 0, 0);
    }

    DossierBouwer eind(long gehuisvestCoa, long huurcontracten, long omkoppelingen) {
        this.eindstand = new Dossier.Eindstand(gehuisvestCoa, huurcontracten, null, omkoppelingen, 0, false, null);
        return this;
    }

    DossierBouwer eind(Dossier.Eindstand eindstand) {
        this.eindstand = eindstand;
        return this;
    }

    DossierBouwer besluit(String peildatum, String trede) {
        besluiten.add(new Dossier.Besluit(LocalDate.parse(peildatum), kader.ladder().trede(trede).orElseThrow(),
                "Besloten in de vergadering van GS."));
        return this;
    }

    Dossier bouw() {
        flush();
        return new Dossier("GM0518", kader.ladder().trede(startTrede).orElseThrow(), perioden, besluiten);
    }

    Uitkomst beoordeel() {
        return ToezichtEngine.beoordeel(kader, bouw());
    }

    /** As the engine of that version judged it (the replay of a round computed before a correction). */
    Uitkomst beoordeel(Regelversie versie) {
        return ToezichtEngine.beoordeel(kader, bouw(), versie);
    }

    private void flush() {
        if (periode != null) {
            perioden.add(new Dossier.PeriodeCijfers(periode, taakstelling, saldoIn, 0, tussenstand, eindstand));
        }
        periode = null;
        saldoIn = null;
        tussenstand = null;
        eindstand = null;
    }
}
