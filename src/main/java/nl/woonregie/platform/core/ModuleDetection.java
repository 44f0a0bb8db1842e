package nl.woonregie.platform.core;

import java.util.stream.Stream;

import org.springframework.modulith.core.ApplicationModuleDetectionStrategy;
import org.springframework.modulith.core.JavaPackage;

/**
 * Woonregie's application modules for Spring Modulith: every direct sub-package of {@code nl.woonregie}, except
 * {@code platform}, whose parts ({@code platform.web}, {@code platform.security}, {@code platform.audit}, …) are
 * modules of their own, so that {@code ApplicationModules.verify()} also refuses cycles between them. Configured in
 * {@code application.properties} ({@code spring.modulith.detection-strategy}).
 */
public class ModuleDetection implements ApplicationModuleDetectionStrategy {

    static final String PLATFORM = "platform";

    @Override
    public Stream<JavaPackage> getModuleBasePackages(JavaPackage root) {
        return root.getDirectSubPackages().stream()
                .flatMap(p -> p.getLocalName().equals(PLATFORM) ? p.getDirectSubPackages().stream() : Stream.of(p));
    }
}
