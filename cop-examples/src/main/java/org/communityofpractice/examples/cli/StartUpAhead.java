package org.communityofpractice.examples.cli;

import java.security.SecureRandom;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Reads the Java runtime's own data that most commands need, on a second thread, while the first
 * builds the command line (picocli's reflection over the command, a fifth of a cold {@code cop
 * render}):
 *
 * <ul>
 *   <li>the time-zone rules: the first use of a zone such as {@code Europe/London} (every archive's
 *       sessions have one) reads them and then looks for more providers of them in every jar of the
 *       class path, opening the distribution's jars one by one;
 *   <li>the calendar and number data of the language {@code --language} names (British English when
 *       none), which the first date or number a report writes would otherwise read.
 * </ul>
 *
 * <p>Only the runtime's own classes are touched, never cop's: two threads initialising classes that
 * refer to each other could wait on each other for ever. A command that needs none of it loses only
 * the second thread's time, which ends on its own.
 */
final class StartUpAhead implements Runnable {
  private final Locale locale;

  private StartUpAhead(Locale locale) {
    this.locale = locale;
  }

  /**
   * Starts the reading for a command line of {@code args}; the thread is a daemon, so it never
   * keeps the tool running.
   *
   * @return the thread, started
   */
  static Thread start(String... args) {
    Locale locale = Locale.forLanguageTag(Cop.helpLanguage(args).orElse(Language.EN).tag());
    Thread thread = new Thread(new StartUpAhead(locale), "cop-start-up-ahead");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Override
  @SuppressWarnings("ReturnValueIgnored") // the reading is the point, not what is read
  public void run() {
    ZoneId.getAvailableZoneIds();
    LocalDate day = LocalDate.EPOCH;
    DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale).format(day);
    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    NumberFormat.getNumberInstance(locale).format(0.5);
    new SecureRandom().nextInt();
    LoggerFactory.getILoggerFactory();
  }
}
