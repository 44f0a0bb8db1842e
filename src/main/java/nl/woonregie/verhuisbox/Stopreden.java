package nl.woonregie.verhuisbox;

import nl.woonregie.platform.web.Labels;

/**
 * The fixed list of reasons why a trajectory stopped, or never started, before a move — as the reports give them
 * (inventory §7.1, §8.2): 2021 "toch niet tot de doelgroep behoorden, burger wil alsnog in Den Haag blijven, alsnog
 * indicatie beschermd wonen gekregen of geen contact" (002:L9180–L9182, L7694–L7695); 2022 "niet gemotiveerd om
 * buiten de regio een woning te vinden", "meervoudige problematiek", "toegekende woning geweigerd", "terugkeerden naar
 * het land van herkomst" (002:L1141–L1144, L9030–L9033). The codes are stored ({@code vhb_casus.stopreden},
 * {@code vhb_historie.stopreden}) and read by the historical import: a code is never renamed or removed, new ones are
 * added before {@link #ANDERS}. Whether a stopped case had started is not a reason but its history (the report's
 * "Gestopt: niet gestart of gestaakt").
 */
public enum Stopreden {
    NIET_GEMOTIVEERD, MEERVOUDIGE_PROBLEMATIEK, AANBOD_GEWEIGERD, TERUG_NAAR_LAND_VAN_HERKOMST,
    /** "toch niet tot de doelgroep behoorden" (002:L9180–L9181, L7694). */
    GEEN_DOELGROEP,
    /** "wil alsnog in Den Haag blijven", "liever in Den Haag gehuisvest" (002:L9181, L7695): the own municipality. */
    BLIJFT_IN_EIGEN_GEMEENTE,
    /** "alsnog indicatie beschermd wonen gekregen" (002:L9181–L9182). */
    INDICATIE_BESCHERMD_WONEN,
    /** "geen contact" (002:L9182). */
    GEEN_CONTACT,
    ANDERS;

    /** The Dutch label, from labels/verhuisbox.properties. */
    public String label() {
        return Labels.van(this);
    }
}
