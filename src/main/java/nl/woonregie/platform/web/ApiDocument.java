package nl.woonregie.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /api/v1/openapi.json}) as the NL API Design Rules ask, generated from the code: the
 * controllers' annotations describe what is particular to an operation, and this class adds what every operation has
 * in common, so that a new endpoint is born conforming (docs/api.md):
 * <ul>
 * <li>Dutch title and description, {@code info.version} = {@link ApiVersie} (semver), a contact per installation
 * ({@code woonregie.api.contact.*}) and the licence of publiccode.yml (EUPL-1.2);</li>
 * <li>one server, the API's public address ending in {@code /v1} ({@code woonregie.api.basis-url}), with every path
 * relative to it ({@code /api/v1/gemeenten} is documented as {@code /gemeenten}; the addresses clients call do not
 * change);</li>
 * <li>{@value ApiVersie#KOP} documented on every response;</li>
 * <li>the error answers every operation can give, each {@code application/problem+json} with the one schema
 * {@code Problem}: 400 always; 401 and 403 where an account is needed; 404 where the path names a thing; 409 for a
 * write that needs an account. What a controller documents itself keeps its description; an error's content is always
 * {@code Problem};</li>
 * <li>sign-in: HTTP Basic or an API token (Bearer) everywhere, except operations marked
 * {@code @SecurityRequirements} (anonymous);</li>
 * <li>tags and responses in a fixed order, so that the document is the same at every start (the snapshot
 * {@code docs/api/openapi.json} is compared with it).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    static final String PROBLEEM = "Problem";
    static final String PROBLEEM_JSON = "application/problem+json";
    static final String BASIC = "basic";
    static final String API_TOKEN = "apiToken";
    private static final String METHODE = "x-woonregie-methode";
    private static final String KLASSE = "x-woonregie-klasse";

    private static final Map<String, String> STANDAARDFOUTEN = Map.of(
            "400", "Ongeldig verzoek: invalidParams noemt elk ongeldig veld",
            "401", "Niet aangemeld: geen, een onjuiste of een geblokkeerde aanmelding",
            "403", "Geen toegang: deze rol of dit gebied mag dit niet",
            "404", "Niet gevonden",
            "409", "Conflict met de toestand van wat wordt gewijzigd (bijvoorbeeld al gedaan, of niet meer mogelijk)");

    @Bean
    OpenAPI woonregieOpenApi(ApiVersie api,
            @Value("${woonregie.api.contact.naam}") String contactNaam,
            @Value("${woonregie.api.contact.email}") String contactEmail,
            @Value("${woonregie.api.contact.url}") String contactUrl) {
        Contact contact = new Contact().name(verplicht("woonregie.api.contact.naam", contactNaam))
                .email(email(contactEmail)).url(adres("woonregie.api.contact.url", contactUrl));
        return new OpenAPI()
                .info(new Info()
                        .title("Woonregie API")
                        .description("""
                                De API van Woonregie: het toezicht op de huisvesting van vergunninghouders (cijfers, \
                                beoordelingsrondes, toezichtbrieven, opvolging, overzichten en de publieke \
                                wat-als-berekening), Verhuisbox Plus en de referentiedata van gemeenten, provincies en \
                                regio's. De API volgt de NL API Design Rules.

                                Aanmelden met HTTP Basic (gebruikersnaam en wachtwoord) of met een API-token \
                                (`Authorization: Bearer …`); de wat-als-berekening is anoniem. Elk antwoord heeft de \
                                kop `API-Version` met de volledige versie van de API. Elke fout is \
                                `application/problem+json` (RFC 9457); een ongeldig verzoek noemt elk ongeldig veld in \
                                `invalidParams`.""")
                        .version(api.versie())
                        .contact(contact)
                        .license(new License().name("EUPL-1.2").identifier("EUPL-1.2")))
                .servers(List.of(new Server().url(api.basisUrl())
                        .description("Woonregie API, versie " + api.versie().substring(0, api.versie().indexOf('.')))))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Gebruikersnaam en wachtwoord van een account"))
                        .addSecuritySchemes(API_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("Een API-token (wr_…), gemaakt met POST /api-tokens"))
                        .addHeaders(ApiVersie.KOP, new Header()
                                .description("De volledige versie van de API (semantische versie)")
                                .required(true)
                                .schema(new StringSchema().example(api.versie()))))
                .security(List.of(new SecurityRequirement().addList(BASIC),
                        new SecurityRequirement().addList(API_TOKEN)));
    }

    @Bean
    OpenApiCustomizer woonregieApiRegels() {
        return ApiDocument::pasToe;
    }

    /**
     * Remembers each operation's Java method and controller for {@link #operatieIds}: springdoc makes an id unique by
     * a number in the order it happens to meet the methods ({@code lijst_6}), which would change the document from one
     * start to the next.
     */
    @Bean
    OperationCustomizer woonregieOperatieNamen() {
        return (operation, handler) -> {
            io.swagger.v3.oas.annotations.Operation annotatie = handler.getMethodAnnotation(
                    io.swagger.v3.oas.annotations.Operation.class);
            if (annotatie == null || annotatie.operationId().isBlank()) {
                operation.addExtension(METHODE, handler.getMethod().getName());
                operation.addExtension(KLASSE, handler.getBeanType().getSimpleName());
            }
            return operation;
        };
    }

    /** Applies the common rules to the document springdoc generated. */
    static void pasToe(OpenAPI doc) {
        operatieIds(doc);
        doc.setPaths(relatief(doc.getPaths()));
        Components components = doc.getComponents();
        // the schema of every error answer, also when no controller names it itself
        ModelConverters.getInstance(true).readAll(Problem.class).forEach((naam, schema) -> {
            if (components.getSchemas() == null || !components.getSchemas().containsKey(naam)) {
                components.addSchemas(naam, schema);
            }
        });
        for (Map.Entry<String, PathItem> pad : doc.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : pad.getValue().readOperationsMap().entrySet()) {
                antwoorden(pad.getKey(), op.getKey(), op.getValue());
            }
        }
        if (doc.getTags() != null) {
            doc.getTags().sort(Comparator.comparing(Tag::getName));
        }
    }

    /**
     * The operation id is the Java method's name ({@code simuleer}); where several controllers have a method of that
     * name, it is preceded by the controller's name without "Controller" ({@code accountverzoekLijst},
     * {@code gebruikersLijst}). An id set with {@code @Operation(operationId)} stays.
     */
    private static void operatieIds(OpenAPI doc) {
        if (doc.getPaths() == null) {
            return;
        }
        List<Operation> operaties = doc.getPaths().values().stream()
                .flatMap(p -> p.readOperations().stream()).toList();
        Map<String, Long> aantal = operaties.stream().filter(o -> extensie(o, METHODE) != null)
                .collect(Collectors.groupingBy(o -> extensie(o, METHODE),
                        Collectors.counting()));
        for (Operation o : operaties) {
            String methode = extensie(o, METHODE);
            if (methode != null) {
                String klasse = extensie(o, KLASSE).replaceFirst("Controller$", "");
                o.setOperationId(aantal.get(methode) == 1 ? methode : Character.toLowerCase(klasse.charAt(0))
                        + klasse.substring(1) + Character.toUpperCase(methode.charAt(0)) + methode.substring(1));
                o.getExtensions().remove(METHODE);
                o.getExtensions().remove(KLASSE);
                if (o.getExtensions().isEmpty()) {
                    o.setExtensions(null);
                }
            }
        }
    }

    private static String extensie(Operation o, String naam) {
        return o.getExtensions() == null ? null : (String) o.getExtensions().get(naam);
    }

    /** The paths relative to the server {@code …/api/v1}; a documented path elsewhere is a mistake. */
    private static Paths relatief(Paths paden) {
        Paths relatief = new Paths();
        if (paden == null) {
            return relatief;
        }
        paden.forEach((pad, item) -> {
            if (!pad.startsWith(ApiVersie.PAD + "/")) {
                throw new IllegalStateException("Een gedocumenteerd pad buiten " + ApiVersie.PAD + ": " + pad);
            }
            relatief.addPathItem(pad.substring(ApiVersie.PAD.length()), item);
        });
        return relatief;
    }

    private static void antwoorden(String pad, PathItem.HttpMethod methode, Operation op) {
        boolean anoniem = op.getSecurity() != null && op.getSecurity().isEmpty();
        boolean schrijvend = methode == PathItem.HttpMethod.POST || methode == PathItem.HttpMethod.PUT
                || methode == PathItem.HttpMethod.PATCH || methode == PathItem.HttpMethod.DELETE;
        ApiResponses r = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        List<String> fouten = new ArrayList<>(List.of("400"));
        if (!anoniem) {
            fouten.addAll(List.of("401", "403"));
        }
        if (pad.contains("{")) {
            fouten.add("404");
        }
        if (schrijvend && !anoniem) {
            fouten.add("409");
        }
        for (String code : fouten) {
            if (!r.containsKey(code)) {
                r.addApiResponse(code, new ApiResponse().description(STANDAARDFOUTEN.get(code)));
            }
        }
        Map<String, ApiResponse> geordend = new LinkedHashMap<>();
        r.keySet().stream().sorted().forEach(code -> geordend.put(code, r.get(code)));
        ApiResponses nieuw = new ApiResponses();
        geordend.forEach((code, antwoord) -> {
            if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
                antwoord.setContent(new Content().addMediaType(PROBLEEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEEM))));
            }
            antwoord.addHeaderObject(ApiVersie.KOP, new Header().$ref("#/components/headers/" + ApiVersie.KOP));
            nieuw.addApiResponse(code, antwoord);
        });
        op.setResponses(nieuw);
    }

    private static String verplicht(String naam, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalStateException(naam + " mag niet leeg zijn: het contact van de API (docs/api.md)");
        }
        return waarde.strip();
    }

    private static String email(String waarde) {
        String e = verplicht("woonregie.api.contact.email", waarde);
        if (!e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalStateException("woonregie.api.contact.email moet een e-mailadres zijn; nu: '" + e + "'");
        }
        return e;
    }

    private static String adres(String naam, String waarde) {
        String a = verplicht(naam, waarde);
        URI u;
        try {
            u = URI.create(a);
        } catch (IllegalArgumentException e) {
            u = null;
        }
        if (u == null || !("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null) {
            throw new IllegalStateException(naam + " moet een volledig http(s)-adres zijn; nu: '" + a + "'");
        }
        return a;
    }
}
