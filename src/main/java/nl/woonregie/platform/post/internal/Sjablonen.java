package nl.woonregie.platform.post.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Dutch mail templates: {@code templates/post/<naam>.txt} (Thymeleaf's TEXT mode with Spring's expression
 * language, {@code [(${…})]}) for the
 * plain text every message has, and {@code templates/post/<naam>.html} (the application's HTML engine) for its HTML
 * part.
 */
@Component
public class Sjablonen {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final SpringTemplateEngine tekst = new SpringTemplateEngine();
    private final ITemplateEngine html;

    Sjablonen(ITemplateEngine html) {
        this.html = html;
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("templates/post/");
        r.setSuffix(".txt");
        r.setTemplateMode(TemplateMode.TEXT);
        r.setCharacterEncoding("UTF-8");
        r.setCheckExistence(true);
        tekst.setTemplateResolver(r);
    }

    public record Inhoud(String tekst, String html) {
    }

    public Inhoud maak(String sjabloon, Map<String, ?> gegevens) {
        Context c = new Context(NL);
        gegevens.forEach(c::setVariable);
        return new Inhoud(tekst.process(sjabloon, c), html.process("post/" + sjabloon, c));
    }
}
