package nl.woonregie.platform.web;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;

/**
 * The NUL character (U+0000) is refused in everything a request brings, before a controller runs: PostgreSQL cannot
 * store it in text (the insert fails), and no Dutch text, code or name contains it. A request with one is a 400
 * naming each parameter, form field or path variable that holds it ({@link #preHandle}); a page shows the Dutch error
 * page with the message. In JSON bodies it is refused while reading: typed bodies by {@link JsonInvoer}, a body read
 * as a tree ({@code JsonNode}) by {@link #afterBodyRead}, naming the field's path.
 */
@ControllerAdvice
class OngeldigeTekens extends RequestBodyAdviceAdapter implements HandlerInterceptor {

    static final String REDEN = "bevat een teken dat niet is toegestaan (NUL, \\u0000)";
    private static final String DETAIL = "Het verzoek bevat een teken dat niet is toegestaan (NUL).";

    static boolean bevatNul(String s) {
        return s != null && s.indexOf('\0') >= 0;
    }

    /** The name of a parameter as it can be shown: a NUL in it written as a backslash, u and four zeros. */
    private static String naam(String naam) {
        return naam.replace("\0", "\\u0000");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true; // static resources read no parameters (and an error here would not reach the advices)
        }
        List<InvalidParam> fouten = new ArrayList<>();
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (InvalidParameterException e) {
            throw onleesbaar(e);
        } catch (RequestRejectedException e) {
            throw geweigerd();
        }
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            boolean fout = bevatNul(p.getKey());
            for (String waarde : p.getValue()) {
                fout |= bevatNul(waarde);
            }
            if (fout) {
                fouten.add(new InvalidParam(naam(p.getKey()), REDEN));
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variabelen) {
            variabelen.forEach((naam, waarde) -> {
                if (waarde instanceof String s && bevatNul(s)) {
                    fouten.add(new InvalidParam(String.valueOf(naam), REDEN));
                }
            });
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid(DETAIL, fouten);
        }
        return true;
    }

    /**
     * Tomcat could not read the parameters: a form body that is no valid {@code multipart/form-data} (no boundary)
     * or URL encoding, or too many parameters (413).
     */
    static ApiException onleesbaar(InvalidParameterException e) {
        HttpStatus status = HttpStatus.resolve(e.getErrorCode());
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            return new ApiException(status, "Verzoek te groot", "Het verzoek heeft te veel parameters.", null);
        }
        return ApiException.invalid("De parameters of het formulier van het verzoek zijn onleesbaar.",
                List.of(new InvalidParam("Content-Type", ApiExceptionHandler.MULTIPART_OF_FORMULIER)));
    }

    /** Spring Security's firewall refused a parameter (a name or value with a control character). */
    static ApiException geweigerd() {
        return ApiException.invalid("Het verzoek bevat een parameter met een teken dat niet is toegestaan.",
                List.of(new InvalidParam("parameters", "een naam of waarde bevat een teken dat niet is toegestaan")));
    }

    @Override
    public boolean supports(MethodParameter methodParameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> c && JsonNode.class.isAssignableFrom(c);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof JsonNode tree) {
            List<InvalidParam> fouten = new ArrayList<>();
            zoek(tree, "", fouten);
            if (!fouten.isEmpty()) {
                throw ApiException.invalid(DETAIL, fouten);
            }
        }
        return body;
    }

    /** Every text and field name with NUL in a tree, named by its path ({@code huurcontracten[2].referentie}). */
    private static void zoek(JsonNode node, String pad, List<InvalidParam> fouten) {
        if (fouten.size() >= 100) {
            return;
        }
        if (node.isString() && bevatNul(node.asString())) {
            fouten.add(new InvalidParam(pad.isEmpty() ? "body" : pad, REDEN));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                zoek(node.get(i), pad + "[" + i + "]", fouten);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> veld : node.properties()) {
                String sub = pad.isEmpty() ? naam(veld.getKey()) : pad + "." + naam(veld.getKey());
                if (bevatNul(veld.getKey())) {
                    fouten.add(new InvalidParam(sub, REDEN));
                } else {
                    zoek(veld.getValue(), sub, fouten);
                }
            }
        }
    }
}
