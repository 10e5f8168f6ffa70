package org.communityofpractice.report.pdf.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, through SLF4J like the rest of cop, instead of its default of printing to
 * standard error through java.util.logging. Its INFO (which font was loaded, which page was laid
 * out: several lines for every page printed) goes to DEBUG; its WARNING and SEVERE stay warnings
 * and errors. Levels are the SLF4J backend's to set, under the logger names openhtmltopdf uses
 * ({@code com.openhtmltopdf.…}).
 */
final class Slf4jXRLogger implements XRLogger {
  private static boolean installed;

  /** Makes openhtmltopdf log through SLF4J; the setting is the JVM's, so it is made once. */
  static synchronized void install() {
    if (!installed) {
      XRLog.setLoggerImpl(new Slf4jXRLogger());
      installed = true;
    }
  }

  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    Logger logger = LoggerFactory.getLogger(where);
    int v = level.intValue();
    if (v >= Level.SEVERE.intValue()) {
      logger.error(message, error);
    } else if (v >= Level.WARNING.intValue()) {
      logger.warn(message, error);
    } else if (v >= Level.INFO.intValue()) {
      logger.debug(message, error);
    } else {
      logger.trace(message, error);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels belong to the SLF4J backend's configuration
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int v = diagnostic.getLevel().intValue();
    if (v >= Level.SEVERE.intValue()) {
      return logger.isErrorEnabled();
    } else if (v >= Level.WARNING.intValue()) {
      return logger.isWarnEnabled();
    } else if (v >= Level.INFO.intValue()) {
      return logger.isDebugEnabled();
    }
    return logger.isTraceEnabled();
  }
}
