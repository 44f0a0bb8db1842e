package nl.woonregie.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The API's JSON input that no service has to judge, refused where Spring reads a request body (a bean, so Spring
 * Boot registers it on its {@code JsonMapper}): a text with the NUL character (U+0000, see {@link OngeldigeTekens}),
 * and a date that is not {@code JJJJ-MM-DD} — a number (which Jackson would read as a day count, far beyond what
 * PostgreSQL stores), a time, a year of more than four digits. {@link ApiExceptionHandler} names the field with the
 * reason given here.
 */
@Component
class JsonInvoer extends SimpleModule {

    static final String DATUM = "moet een datum zijn (JJJJ-MM-DD)";

    JsonInvoer() {
        super("woonregie-invoer");
        addDeserializer(String.class, new Tekst());
        addDeserializer(LocalDate.class, new Datum());
    }

    /** A value refused here, with the Dutch reason for {@code invalidParams}. */
    static final class OngeldigeWaarde extends InvalidFormatException {

        private final String reden;

        OngeldigeWaarde(JsonParser p, String reden, Object waarde, Class<?> type) {
            super(p, reden, waarde, type);
            this.reden = reden;
        }

        String reden() {
            return reden;
        }
    }

    /** Jackson's own reading of text, without NUL. */
    static final class Tekst extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String s = super.deserialize(p, ctxt);
            if (OngeldigeTekens.bevatNul(s)) {
                throw new OngeldigeWaarde(p, OngeldigeTekens.REDEN, s, String.class);
            }
            return s;
        }
    }

    /** A date only as an ISO date text of a four-digit year; an empty text is no date (null). */
    static final class Datum extends StdScalarDeserializer<LocalDate> {

        Datum() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new OngeldigeWaarde(p, DATUM, p.currentToken() == null ? null : p.currentToken().asString(),
                        LocalDate.class);
            }
            String s = p.getString().strip();
            if (s.isEmpty()) {
                return null;
            }
            try {
                return IsoDatum.parse(s);
            } catch (DateTimeParseException e) {
                throw new OngeldigeWaarde(p, DATUM, s, LocalDate.class);
            }
        }
    }
}
