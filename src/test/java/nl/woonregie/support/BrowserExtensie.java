package nl.woonregie.support;

import java.lang.reflect.Field;

import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The browser lifecycle of every browser test, in one place: one Playwright and one Chromium for the whole test run
 * (started on first use, closed when the run ends), and for each test class a {@link Browser} on the application's
 * port, put into the class's field of that type and closed after the class.
 */
public final class BrowserExtensie implements TestInstancePostProcessor, AfterAllCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserExtensie.class);

    /** Playwright and Chromium, closed by JUnit when the run ends. */
    record Gedeeld(Playwright playwright, com.microsoft.playwright.Browser chromium) implements AutoCloseable {

        @Override
        public void close() {
            chromium.close();
            playwright.close();
        }
    }

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) throws Exception {
        java.util.List<Field> velden = new java.util.ArrayList<>();
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == Browser.class) {
                    velden.add(f);
                }
            }
        }
        if (velden.isEmpty()) {
            return; // a test on the browser tests' application that drives no browser
        }
        Gedeeld gedeeld = context.getRoot().getStore(NS).getOrComputeIfAbsent(Gedeeld.class, k -> {
            Playwright playwright = Browser.playwright();
            return new Gedeeld(playwright, Browser.chromium(playwright));
        }, Gedeeld.class);
        int port = Integer.parseInt(SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port"));
        Browser browser = new Browser(gedeeld.chromium(), port);
        context.getStore(NS).put(Browser.class, browser);
        for (Field f : velden) {
            f.setAccessible(true);
            f.set(test, browser);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = context.getStore(NS).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }
}
