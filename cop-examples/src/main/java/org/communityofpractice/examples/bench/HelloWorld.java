package org.communityofpractice.examples.bench;

/** The baseline of {@link ColdStart}: a JVM that starts, prints one line and stops. */
public final class HelloWorld {
  private HelloWorld() {}

  /** Prints "hello". */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
