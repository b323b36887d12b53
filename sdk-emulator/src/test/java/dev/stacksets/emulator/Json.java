package dev.stacksets.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Parses reply bodies in tests. */
final class Json {
  private Json() {}

  static JsonNode parse(String body) {
    try {
      return dev.stacksets.core.internal.util.Json.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
