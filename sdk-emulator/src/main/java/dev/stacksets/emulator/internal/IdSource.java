package dev.stacksets.emulator.internal;

import dev.stacksets.core.internal.util.Hashing;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

/** Deterministic identifiers: version-4-shaped UUIDs and hex strings from a seeded random or from a name. */
public final class IdSource {
  private final Random random;

  /** A source seeded with {@code seed}. */
  public IdSource(long seed) {
    this.random = new Random(seed);
  }

  /** The underlying random, for decisions that must follow the same seed. Not thread-safe: callers synchronize. */
  public Random random() {
    return random;
  }

  /** The next UUID. */
  public synchronized String uuid() {
    return v4(random.nextLong(), random.nextLong());
  }

  /** The next lower-case hex string of {@code chars} characters. */
  public synchronized String hex(int chars) {
    StringBuilder sb = new StringBuilder(chars);
    while (sb.length() < chars) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString();
  }

  /** A UUID derived from a name (the same name always gives the same UUID). */
  public static String uuidFor(String name) {
    ByteBuffer b = ByteBuffer.wrap(Hashing.sha256(name.getBytes(StandardCharsets.UTF_8)));
    return v4(b.getLong(), b.getLong());
  }

  private static String v4(long msb, long lsb) {
    msb = (msb & ~0xF000L) | 0x4000L;
    lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }
}
