package nl.woonregie.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Demo mode: {@code --woonregie.demo} (a bare flag), {@code --woonregie.demo=true} or {@code WOONREGIE_DEMO=true}. */
class DemoModus implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String value = context.getEnvironment().getProperty("woonregie.demo");
        return value != null && (value.isBlank() || Boolean.parseBoolean(value.trim()));
    }
}
