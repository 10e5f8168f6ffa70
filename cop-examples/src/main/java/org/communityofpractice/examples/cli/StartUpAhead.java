package org.communityofpractice.examples.cli;

import java.lang.reflect.AnnotatedElement;
import java.security.SecureRandom;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Reads what most commands need, on a second thread, while the first builds the command line
 * (picocli's reflection over the command, a fifth of a cold {@code cop render}):
 *
 * <ul>
 *   <li>the language {@code --language} names, first: the first lambda of a run sets up Java's
 *       lambda machinery, some milliseconds that the command line, built at the same time, need not
 *       spend;
 *   <li>the annotations of the command named and of the classes it extends, {@code Object}
 *       included: Java makes a class for each kind of annotation the first time one is read, and
 *       picocli reads them all (those of {@code Object}'s methods too, the runtime's own kinds, as
 *       it looks for subcommand methods before it reads the command's {@code addMethodSubcommands =
 *       false}); the command line finds them made;
 *   <li>the time-zone rules: the first use of a zone such as {@code Europe/London} (every archive's
 *       sessions have one) reads them and then looks for more providers of them in every jar of the
 *       class path, opening the distribution's jars one by one;
 *   <li>the calendar and number data of the language {@code --language} names (British English when
 *       none), which the first date or number a report writes would otherwise read;
 *   <li>the security providers and a seeded random generator, which Java makes the first time a
 *       file is written by way of a temporary file, as every output is;
 *   <li>the logging library's start, which the first log line (publishing writes one at debug
 *       level) would otherwise make.
 * </ul>
 *
 * <p>No class of cop's is initialised here but the tool's {@link Language}, which refers to no
 * other class of cop's; the rest are only read. The classes initialised are the runtime's, the
 * logging library's, and picocli's two enums its annotations name by default ({@code ScopeType},
 * {@code Help.Visibility}), none of which refers to cop's or to another of picocli's: two threads
 * initialising classes that refer to each other could wait on each other for ever. A command that
 * needs none of it loses only the second thread's time, which ends on its own. On two cores the
 * gain is small, as the compiler thread wants the second core too; with more, all of it comes off
 * the command's way.
 */
final class StartUpAhead implements Runnable {
  private final Class<?> command;
  private final String[] args;

  private StartUpAhead(Class<?> command, String... args) {
    this.command = command;
    this.args = args;
  }

  /**
   * Starts the reading for a command line of {@code args} whose first word names a command; the
   * thread is a daemon, so it never keeps the tool running.
   *
   * @return the thread, started; empty when no command is named
   */
  static Optional<Thread> start(String... args) {
    Class<?> command = Cop.namedCommand(args);
    if (command == null) {
      return Optional.empty(); // help, the version or an unknown word: none of it is needed
    }
    return Optional.of(start(command, args));
  }

  private static Thread start(Class<?> command, String... args) {
    Thread thread = new Thread(new StartUpAhead(command, args.clone()), "cop-start-up-ahead");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Override
  @SuppressWarnings("ReturnValueIgnored") // the reading is the point, not what is read
  public void run() {
    Locale locale = Locale.forLanguageTag(Cop.helpLanguage(args).orElse(Language.EN).tag());
    for (Class<?> c = command; c != null; c = c.getSuperclass()) {
      annotationsOf(c);
      annotationsOf(c.getDeclaredFields());
      annotationsOf(c.getDeclaredMethods());
    }
    ZoneId.getAvailableZoneIds();
    LocalDate day = LocalDate.EPOCH;
    DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale).format(day);
    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    NumberFormat.getNumberInstance(locale).format(0.5);
    new SecureRandom().nextInt();
    LoggerFactory.getILoggerFactory();
  }

  @SuppressWarnings("ReturnValueIgnored") // the reading is the point
  private static void annotationsOf(AnnotatedElement... elements) {
    for (AnnotatedElement element : elements) {
      element.getAnnotations();
    }
  }
}
