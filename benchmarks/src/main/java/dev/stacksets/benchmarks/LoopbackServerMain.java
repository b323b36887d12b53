package dev.stacksets.benchmarks;

/**
 * Runs a {@link LoopbackServer} as its own process for {@link StartupProbe}: prints its base URI on one line of
 * standard output, then serves until standard input is closed or the process is stopped.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.stacksets.benchmarks.LoopbackServerMain
 * }</pre>
 */
public final class LoopbackServerMain {
  private LoopbackServerMain() {}

  public static void main(String[] args) throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      System.out.println(server.uri());
      System.out.flush();
      while (System.in.read() >= 0) {
        // serve until stdin reaches end of file
      }
    }
  }
}
