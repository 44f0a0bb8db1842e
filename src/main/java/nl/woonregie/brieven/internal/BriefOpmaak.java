package nl.woonregie.brieven.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Fills the letter template ({@code templates/brieven/brief.html}) with a {@link BriefInhoud}: well-formed XHTML. */
@Component
public class BriefOpmaak {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final ITemplateEngine templates;

    BriefOpmaak(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** A besluit of the interventieladder ({@code templates/brieven/indeplaatsstelling.html}): well-formed XHTML. */
    public String html(Besluittekst tekst) {
        Context context = new Context(NL);
        context.setVariable("b", tekst);
        return templates.process("brieven/indeplaatsstelling", context);
    }

    public String html(BriefInhoud inhoud) {
        Context context = new Context(NL);
        context.setVariable("b", inhoud);
        return templates.process("brieven/brief", context);
    }
}
