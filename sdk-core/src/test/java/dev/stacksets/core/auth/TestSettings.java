package dev.stacksets.core.auth;

import dev.stacksets.core.internal.config.SystemSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A fake machine for credential-source tests: environment, system properties and a home directory. */
final class TestSettings {
  final Map<String, String> env = new HashMap<>();
  final Map<String, String> props = new HashMap<>();
  final Path home;

  /** A machine without metadata services: tests that want one point an endpoint at a loopback fake. */
  TestSettings(Path home) {
    this.home = home;
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("HUAWEICLOUD_SDK_METADATA_DISABLED", "true");
  }

  TestSettings env(String name, String value) {
    env.put(name, value);
    return this;
  }

  TestSettings prop(String name, String value) {
    props.put(name, value);
    return this;
  }

  SystemSettings settings() {
    return new SystemSettings(env::get, props::get, home);
  }

  /** Writes a file under the home directory and returns it. */
  Path write(String relative, String content) {
    return write(home.resolve(relative), content);
  }

  private static long stamp = 1_700_000_000L;

  /** Writes a file with a fresh modification time, so caches see every rewrite. */
  static Path write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(stamp++)));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
