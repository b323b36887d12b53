package dev.stacksets.emulator.internal;

import dev.stacksets.core.internal.util.Json;
import java.io.IOException;
import java.time.Instant;

/**
 * Loads and initialises what the first request needs (Jackson's mapper above all, a few hundred milliseconds when
 * cold) on a daemon thread while the emulator builds its model, so a freshly started emulator answers sooner. Only
 * class loading and one-off initialisation; it touches no state of any emulator.
 */
public final class WarmUp {
  private WarmUp() {}

  /** Starts the warm-up in the background. */
  public static void start() {
    Thread t = new Thread(WarmUp::run, "stacksets-emulator-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private static void run() {
    try {
      Json.mapper().writeValueAsBytes(Json.mapper().createObjectNode().put("status", "ok").putArray("a").add(1));
      Json.mapper().readTree("{\"a\":[1,\"b\"]}");
      Xml.document("WarmUp", CloudFormationRouter.NAMESPACE).element("At", Times.iso(Instant.now())).finish();
      Times.epochSeconds(Instant.now());
    } catch (IOException | RuntimeException e) {
      // nothing depends on it: the first request would do the same work
    }
  }
}
