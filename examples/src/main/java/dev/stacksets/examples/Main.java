package dev.stacksets.examples;

/**
 * Entry point of the examples jar (filled by the examples work).
 *
 * <p>Not for concurrent use.
 */
public final class Main {
  private Main() {}

  /** Runs the tour. */
  public static void main(String[] args) {
    System.out.println("stacksets-java examples");
  }
}
