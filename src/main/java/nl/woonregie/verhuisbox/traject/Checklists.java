package nl.woonregie.verhuisbox.traject;

import java.util.List;

/** The checklists of the inventory: intake (§5.2), documents on an offer (§3.3), moving and aftercare (§5.1). */
public final class Checklists {

    private Checklists() {
    }

    public record Item(String code, String omschrijving) {
    }

    /** The description of an item of a list (INTAKE, AANBOD, VERHUIZING); the code itself when it is unknown. */
    public static String omschrijving(String lijst, String code) {
        List<Item> items = switch (lijst == null ? "" : lijst) {
            case "INTAKE" -> INTAKE;
            case "AANBOD" -> AANBOD;
            case "VERHUIZING" -> VERHUIZING;
            default -> List.of();
        };
        return items.stream().filter(i -> i.code().equals(code)).map(Item::omschrijving).findFirst().orElse(code);
    }

    public static final List<Item> INTAKE = List.of(
            new Item("DOSSIERONDERZOEK", "Voor: dossieronderzoek in CVS/Sezer"),
            new Item("AFSPRAAK", "Voor: cliënt gebeld voor een afspraak (zo nodig spreekbox geboekt)"),
            new Item("AANMELDER_GEINFORMEERD", "Voor: aanmelder geïnformeerd over de intakedatum"),
            new Item("BEVESTIGING", "Voor: afspraak per e-mail bevestigd, met vraag om BRP-uittreksel en inkomensverklaring"),
            new Item("LEEFGEBIEDEN", "Tijdens: leefgebieden uitgevraagd (meldcodeformulier)"),
            new Item("WOONHISTORIE", "Tijdens: woonhistorie uitgevraagd (BRP-uittreksel)"),
            new Item("MOBIEL_BANKIEREN", "Tijdens: mobiel internetbankieren gecontroleerd, app gescand"),
            new Item("DOEL", "Tijdens: doel van de Verhuisbox-intake benoemd"),
            new Item("HITTEKAART", "Tijdens: woningmarktdruk getoond met de hittekaart"),
            new Item("ZOEKSYSTEEM", "Tijdens: zoeksysteem sociale huur uitgelegd met de kaart van woonsites"),
            new Item("SOCIALE_HUUR", "Tijdens: sociale huurwoning uitgelegd (stoffering, huurtoeslag, eigen voorzieningen)"),
            new Item("NETWERK_REGIO", "Tijdens: netwerk en woonwens per provincie besproken (minstens één kansrijke)"),
            new Item("ZELF_REAGEREN", "Tijdens: uitgelegd dat cliënt reageert met hulp van de administratief ondersteuner"),
            new Item("VERGOEDINGEN", "Tijdens: uitgelegd wat financieel vergoed wordt"),
            new Item("TOESTEMMING", "Tijdens: toestemmingsformulier getekend (vrijwillig; weigeren heeft geen gevolgen)"),
            new Item("BEVESTIGD", "Na: inhoud van het gesprek aan cliënt bevestigd"),
            new Item("MAATWERKBUDGET", "Na: maatwerkbudget voor inschrijvingen verstrekt"),
            new Item("OVERDRACHT_ADMIN", "Na: overgedragen aan de administratief ondersteuner"));

    public static final List<Item> AANBOD = List.of(
            new Item("UITKERINGSSPECIFICATIES", "Laatste drie uitkeringsspecificaties"),
            new Item("VERHUURDERSVERKLARING", "Positieve verhuurdersverklaring"),
            new Item("IB60", "Inkomensverklaring (IB60), beide partners"),
            new Item("BRP_HISTORIE", "Officieel BRP-uittreksel met woonhistorie (geen printscreen)"),
            new Item("ID", "Geldig identiteitsbewijs"));

    public static final List<Item> VERHUIZING = List.of(
            new Item("INSCHRIJVEN", "Inschrijven nieuwe gemeente (DigiD; bevestiging bewaren)"),
            new Item("UITKERING", "Uitkering aanvragen in de nieuwe gemeente (indien van toepassing)"),
            new Item("HUURTOESLAG", "Huurtoeslag aanvragen"),
            new Item("ENERGIE", "Energie-aansluiting, meterstanden bij sleuteloverdracht"),
            new Item("WATER", "Wateraansluiting"),
            new Item("INTERNET", "Internet/tv-aansluiting"),
            new Item("ENERGIETOESLAG", "Energietoeslag (indien van toepassing)"),
            new Item("ZORGVERZEKERING", "Zorgverzekering (collectieve polis) nagaan"),
            new Item("INBOEDELVERZEKERING", "Inboedelverzekering afgesloten (advies)"),
            new Item("INRICHTINGSKOSTEN", "Inrichtingskosten bijzondere bijstand"),
            new Item("POTJESCHECK", "Potjes-check Geldfit"),
            new Item("ADRES_DOORGEVEN", "Nieuw adres doorgegeven"),
            new Item("HUISARTS", "Huisarts en tandarts gezocht"),
            new Item("WEGWIJS", "Wegwijs in nieuwe gemeente, contact maatschappelijk werk"),
            new Item("AFVALPAS", "Afvalpas aangevraagd (indien van toepassing)"),
            new Item("GEMEENTEPAS", "Gemeentepas / extra voorzieningen nagegaan"),
            new Item("SCHOOL", "School voor de kinderen (indien van toepassing)"),
            new Item("WARME_OVERDRACHT", "Warme overdracht aan de nieuwe gemeente"));
}
