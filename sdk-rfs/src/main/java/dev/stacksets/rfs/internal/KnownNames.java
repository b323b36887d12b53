package dev.stacksets.rfs.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A fixed table of member names as {@link String}s and as their ASCII bytes, which {@link FastJsonParser} looks a
 * name's bytes up in, so that every occurrence of a known name is the same {@code String} instance: the one given
 * here. Given the literals of the readers' {@code switch} cases (interned, like every literal), a reader's
 * {@code switch (name)} then hashes a cached hash and finds its case by identity. A name missing from the table is
 * read correctly all the same, as a new {@code String}; only slower.
 *
 * <p>Immutable and thread-safe.
 */
final class KnownNames {
  private final String[] strings;
  private final byte[][] bytes;
  /** Open addressing: index + 1 of the name hashed to a slot, 0 for an empty slot. */
  private final int[] slots;
  private final int maxLength;

  /** A table of {@code names}, which must be distinct and made of printable ASCII without {@code "} and {@code \}. */
  KnownNames(String... names) {
    strings = names.clone();
    bytes = new byte[names.length][];
    slots = new int[Integer.highestOneBit(Math.max(names.length, 1) * 4) * 2];
    int longest = 0;
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      for (int j = 0; j < name.length(); j++) {
        char c = name.charAt(j);
        if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
          throw new IllegalArgumentException("not a plain ASCII name: " + name);
        }
      }
      bytes[i] = name.getBytes(StandardCharsets.US_ASCII);
      if (find(bytes[i], 0, bytes[i].length) >= 0) {
        throw new IllegalArgumentException("a repeated name: " + name);
      }
      int slot = hash(bytes[i], 0, bytes[i].length) & (slots.length - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (slots.length - 1);
      }
      slots[slot] = i + 1;
      longest = Math.max(longest, name.length());
    }
    maxLength = longest;
  }

  /** The index of the name whose bytes are {@code buf[start, stop)}, or -1 if it is not in the table. */
  int find(byte[] buf, int start, int stop) {
    int slot = hash(buf, start, stop) & (slots.length - 1);
    for (int s = slots[slot]; s != 0; s = slots[slot]) {
      byte[] name = bytes[s - 1];
      if (name != null && Arrays.equals(name, 0, name.length, buf, start, stop)) {
        return s - 1;
      }
      slot = (slot + 1) & (slots.length - 1);
    }
    return -1;
  }

  /** The name at {@code index} as given. */
  String string(int index) {
    return strings[index];
  }

  /** The name at {@code index} as bytes; the caller must not change them. */
  byte[] bytes(int index) {
    return bytes[index];
  }

  /** How many names the table holds. */
  int size() {
    return strings.length;
  }

  /** The length of the longest name. */
  int maxLength() {
    return maxLength;
  }

  private static int hash(byte[] buf, int start, int stop) {
    int h = stop - start;
    for (int i = start; i < stop; i++) {
      h = h * 31 + buf[i];
    }
    return h ^ (h >>> 15);
  }
}
