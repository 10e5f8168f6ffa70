package org.communityofpractice.examples.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the tool talks with a person at a terminal, on every Java from 17 on. */
final class Terminal {
  private Terminal() {}

  /**
   * True when standard in and out are a terminal. Up to Java 21 {@link System#console()} is null
   * otherwise; from Java 22 it always gives a console, and {@code Console.isTerminal()} (looked up
   * by reflection, since cop is built for Java 17) says whether it is one.
   */
  @SuppressWarnings("SystemConsoleNull") // null up to Java 21; isTerminal() answers from Java 22 on
  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // Java 17 to 21: a console exists only for a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
