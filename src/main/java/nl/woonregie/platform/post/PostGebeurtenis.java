package nl.woonregie.platform.post;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/** What happened to a message of the outbox. Recorded by the audit trail (on the message, object type post_bericht). */
public sealed interface PostGebeurtenis extends AuditGebeurtenis permits PostGebeurtenis.Geplaatst,
        PostGebeurtenis.Verzonden, PostGebeurtenis.Mislukt, PostGebeurtenis.OpnieuwAangeboden {

    long bericht();

    @Override
    default String objectType() {
        return "post_bericht";
    }

    @Override
    default String objectId() {
        return Long.toString(bericht());
    }

    /** A message was stored in the outbox. */
    record Geplaatst(long bericht, String aan, String onderwerp, String sjabloon, Actor door) implements PostGebeurtenis {

        @Override
        public String actie() {
            return "POST_GEPLAATST";
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("aan", aan);
            m.put("onderwerp", onderwerp);
            m.put("sjabloon", sjabloon);
            return m;
        }
    }

    /** The mail server accepted the message. */
    record Verzonden(long bericht, int poging, String server, Actor door) implements PostGebeurtenis {

        @Override
        public String actie() {
            return "POST_VERZONDEN";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("poging", poging, "server", server);
        }
    }

    /** The last attempt failed: the message is MISLUKT until the administrator offers it again. */
    record Mislukt(long bericht, int pogingen, String fout, Actor door) implements PostGebeurtenis {

        @Override
        public String actie() {
            return "POST_MISLUKT";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("pogingen", pogingen, "fout", fout);
        }
    }

    /** The administrator offered a message again (attempts start anew). */
    record OpnieuwAangeboden(long bericht, Poststatus was, Actor door) implements PostGebeurtenis {

        @Override
        public String actie() {
            return "POST_OPNIEUW_AANGEBODEN";
        }

        @Override
        public Map<String, ?> oud() {
            return Map.of("status", was.name());
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("status", Poststatus.NIET_VERZONDEN.name());
        }
    }
}
