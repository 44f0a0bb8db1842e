package nl.woonregie.toezicht.ronde;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/** What happened to an assessment round: published by {@link RondeService}, recorded by the audit trail. */
public sealed interface RondeGebeurtenis extends AuditGebeurtenis permits RondeGebeurtenis.Aangemaakt,
        RondeGebeurtenis.Herberekend, RondeGebeurtenis.HerberekendMetNieuweRegels,
        RondeGebeurtenis.BeslissingVastgelegd, RondeGebeurtenis.ControleOverschreven,
        RondeGebeurtenis.Vastgesteld, RondeGebeurtenis.Heropend, RondeGebeurtenis.ConceptGedeeld {

    long ronde();

    @Override
    default String objectType() {
        return "beoordelingsronde";
    }

    @Override
    default String objectId() {
        return Long.toString(ronde());
    }

    /** A round was started and computed for every municipality of the province. */
    record Aangemaakt(long ronde, String provincie, LocalDate peildatum, String beleidskader, int aantalGemeenten,
            Actor door) implements RondeGebeurtenis {

        @Override
        public String actie() {
            return "RONDE_AANGEMAAKT";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("provincie", provincie, "peildatum", peildatum.toString(), "beleidskader", beleidskader,
                    "aantalGemeenten", aantalGemeenten);
        }
    }

    /** A CONCEPT round was computed again on the current figures. */
    record Herberekend(long ronde, Actor door) implements RondeGebeurtenis {

        @Override
        public String actie() {
            return "RONDE_HERBEREKEND";
        }
    }

    /**
     * A CONCEPT round whose judgments were computed with older rules of the engine was computed again with the
     * current ones (after a correction of the engine, such as leases counting for R8); done by the system after the
     * start that brought the correction. Vastgestelde rounds are never recomputed.
     */
    record HerberekendMetNieuweRegels(long ronde, int vanRegelversie, int naarRegelversie, Actor door)
            implements RondeGebeurtenis {

        @Override
        public String actie() {
            return "RONDE_HERBEREKEND_REGELVERSIE";
        }

        @Override
        public Map<String, ?> oud() {
            return Map.of("regelversie", vanRegelversie);
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("regelversie", naarRegelversie);
        }
    }

    /** The supervisor recorded a judgment for a municipality (replacing the previous one of its kind, if any). */
    record BeslissingVastgelegd(long ronde, String gemeente, RondeService.Soort soort, String waarde,
            String motivering, String vorigeWaarde, String vorigeMotivering, Actor door) implements RondeGebeurtenis {

        @Override
        public String actie() {
            return "RONDE_BESLISSING";
        }

        @Override
        public String objectId() {
            return ronde + "/" + gemeente;
        }

        @Override
        public Map<String, ?> oud() {
            return vorigeWaarde == null ? null : Map.of("waarde", vorigeWaarde, "motivering", vorigeMotivering);
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("soort", soort.name(), "waarde", waarde, "motivering", motivering);
        }
    }

    /** A BEHEERDER overrode the errors of the consistency check, with a reason, to make the round final. */
    record ControleOverschreven(long ronde, String reden, List<String> fouten, Actor door) implements RondeGebeurtenis {

        @Override
        public String actie() {
            return "RONDE_CONTROLE_OVERSCHREVEN";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("reden", reden, "fouten", fouten);
        }
    }

    /**
     * The round was made final (vastgesteld) at this version: its outcomes are now the ladder's. {@code historischOp}
     * is the moment of a vaststelling in the past recorded now ({@link RondeService#stelHistorischVast}), else null.
     */
    record Vastgesteld(long ronde, String provincie, LocalDate peildatum, int versie, OffsetDateTime historischOp,
            Actor door) implements RondeGebeurtenis {

        @Override
        public String actie() {
            return "RONDE_VASTGESTELD";
        }

        @Override
        public Map<String, ?> oud() {
            return Map.of("status", "CONCEPT");
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", "VASTGESTELD");
            m.put("versie", versie);
            if (historischOp != null) {
                m.put("vastgesteldOp", historischOp.toString());
            }
            return m;
        }
    }

    /**
     * The supervisor shared the draft judgment of a municipality with that municipality before vaststellen, with a
     * reason, at this version of the round.
     */
    record ConceptGedeeld(long ronde, String gemeente, String reden, int rondeVersie, Actor door)
            implements RondeGebeurtenis {

        @Override
        public String actie() {
            return "RONDE_CONCEPT_GEDEELD";
        }

        @Override
        public String objectId() {
            return ronde + "/" + gemeente;
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("gemeente", gemeente, "reden", reden, "rondeVersie", rondeVersie);
        }
    }

    /** A BEHEERDER reopened a final round, with a reason. */
    record Heropend(long ronde, String reden, Actor door) implements RondeGebeurtenis {

        @Override
        public String actie() {
            return "RONDE_HEROPEND";
        }

        @Override
        public Map<String, ?> oud() {
            return Map.of("status", "VASTGESTELD");
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("status", "CONCEPT", "reden", reden);
        }
    }
}
