package nl.woonregie.pdf.internal;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends openhtmltopdf's log to SLF4J (its own logger writes every INFO line to the console). */
final class Slf4jXRLogger implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger log = LoggerFactory.getLogger(where);
        int v = level.intValue();
        if (v >= Level.SEVERE.intValue()) {
            log.error(msg, th);
        } else if (v >= Level.WARNING.intValue()) {
            log.warn(msg, th);
        } else if (v >= Level.INFO.intValue()) {
            log.debug(msg, th); // openhtmltopdf's INFO is chatty (timings, font loading): debug here
        } else {
            log.trace(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are set in the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger log = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int v = diagnostic.getLevel().intValue();
        return v >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
    }
}
