package nl.woonregie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI document names a schema by the simple name of its Java type (or its {@code @Schema(name)}), so two
 * types of the API with the same simple name — a service's nested {@code Invoer} and another's — would share one
 * schema, and the document would describe the wrong body for one of them (enums are written inline and may share
 * a name). Every type a controller takes as its body
 * or answers with (and every type inside those) must have a schema name of its own.
 */
class SchemanamenTest {

    @Test
    void elk_type_van_de_api_heeft_een_eigen_schemanaam() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<Class<?>> typen = new HashSet<>();
        for (BeanDefinition b : scan.findCandidateComponents("nl.woonregie")) {
            Class<?> controller = Class.forName(b.getBeanClassName());
            for (Method m : controller.getDeclaredMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) && heeftMapping(m)) {
                    verzamel(m.getGenericReturnType(), typen);
                    for (int i = 0; i < m.getParameterCount(); i++) {
                        if (m.getParameters()[i].isAnnotationPresent(RequestBody.class)) {
                            verzamel(m.getGenericParameterTypes()[i], typen);
                        }
                    }
                }
            }
        }
        Map<String, Set<String>> perNaam = new TreeMap<>();
        for (Class<?> c : typen) {
            if (c.isEnum()) {
                continue; // an enum is written inline (a string with its values), not as a schema of its own
            }
            Schema s = c.getAnnotation(Schema.class);
            String naam = s != null && !s.name().isBlank() ? s.name() : c.getSimpleName();
            perNaam.computeIfAbsent(naam, k -> new TreeSet<>()).add(c.getName());
        }
        List<String> dubbel = new ArrayList<>();
        perNaam.forEach((naam, klassen) -> {
            if (klassen.size() > 1) {
                dubbel.add(naam + " " + klassen);
            }
        });
        assertThat(typen).hasSizeGreaterThan(50);
        assertThat(dubbel).as("schemanamen die meer dan één type dragen (geef elk een @Schema(name = …))").isEmpty();
    }

    private static boolean heeftMapping(Method m) {
        for (var a : m.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(RequestMapping.class) || a instanceof RequestMapping) {
                return true;
            }
        }
        return false;
    }

    private static void verzamel(Type t, Set<Class<?>> typen) {
        if (t instanceof ParameterizedType p) {
            verzamel(p.getRawType(), typen);
            for (Type a : p.getActualTypeArguments()) {
                verzamel(a, typen);
            }
        } else if (t instanceof GenericArrayType g) {
            verzamel(g.getGenericComponentType(), typen);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                verzamel(b, typen);
            }
        } else if (t instanceof Class<?> c) {
            if (c.isArray()) {
                verzamel(c.getComponentType(), typen);
                return;
            }
            if (!c.getName().startsWith("nl.woonregie.") || !typen.add(c)) {
                return;
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    verzamel(rc.getGenericType(), typen);
                }
            } else if (!c.isEnum() && !c.isInterface()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        verzamel(f.getGenericType(), typen);
                    }
                }
            }
        }
    }
}
