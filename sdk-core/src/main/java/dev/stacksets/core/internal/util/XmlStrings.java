package dev.stacksets.core.internal.util;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The strings of one parse, shared where the bytes repeat: element names (so that 100 {@code <member>} tags are one
 * String, and equal names within a document are the same instance, which {@link XmlNode} relies on to tell that a
 * structure's child names are distinct) and short ASCII texts (a page repeats its statuses, regions and reasons).
 *
 * <p>Element names also go through a small process-wide cache of ASCII names, so that a reply reuses the
 * {@code String}s of the replies before it. That cache holds only element names, never texts (texts may be
 * secrets), has a fixed size (a hostile reply only evicts entries) and is safe under races: a slot holds an
 * immutable String or null, and a lost write only costs a miss.
 *
 * <p>One instance belongs to one parse on one thread; the static cache is thread-safe.
 */
final class XmlStrings {
  /** Process-wide element names; a power of two. */
  private static final String[] GLOBAL_NAMES = new String[1024];
  /** Longest name kept in {@link #GLOBAL_NAMES}. */
  private static final int GLOBAL_NAME_MAX = 64;
  /** Longest text shared within a parse. */
  private static final int TEXT_MAX = 64;
  private static final int TEXT_SLOTS = 256;

  /**
   * How far a lookup probes the per-parse table. A name whose probe run is longer goes to {@link #overflow}: the
   * cheap hash samples a few bytes, so a hostile reply could give thousands of distinct names one hash, and unbounded
   * linear probing would then cost quadratic time.
   */
  private static final int MAX_PROBES = 8;

  /** Per-parse name table (open addressing): the String, and where its bytes occur first. */
  private String[] names = new String[32];
  private int[] nameOffset = new int[32];
  private int[] nameLength = new int[32];
  private int[] nameHash = new int[32];
  private int nameCount;
  /**
   * The names that did not fit within {@link #MAX_PROBES} of their slot, by value (a {@code HashMap} of Strings
   * stays logarithmic however its keys collide); null until one does. Every name is in exactly one of the two, so
   * equal names stay one instance.
   */
  private java.util.Map<String, String> overflow;
  private String[] texts;

  /**
   * The name spelled by {@code src[off, off+len)}: one instance per distinct name within this parse.
   *
   * @param latin1 the bytes are ISO-8859-1 rather than UTF-8 (matters only for non-ASCII names)
   */
  String name(byte[] src, int off, int len, boolean ascii, boolean latin1) {
    int h = hash(src, off, len);
    int mask = names.length - 1;
    int free = -1;
    for (int p = 0, i = h & mask; p < MAX_PROBES; p++, i = (i + 1) & mask) {
      String s = names[i];
      if (s == null) {
        free = i;
        break;
      }
      if (nameHash[i] == h && nameLength[i] == len && sameBytes(src, nameOffset[i], off, len)) {
        return s;
      }
    }
    String s = null;
    if (overflow != null) {
      String decoded = decode(src, off, len, latin1);
      s = overflow.get(decoded);
      if (s != null) {
        return s;
      }
      s = decoded;
    }
    if (s == null) {
      s = ascii ? globalName(src, off, len, h) : decode(src, off, len, latin1);
    }
    if (free < 0) {
      overflowPut(s);
      return s;
    }
    names[free] = s;
    nameOffset[free] = off;
    nameLength[free] = len;
    nameHash[free] = h;
    if (++nameCount * 2 > names.length) {
      grow();
    }
    return s;
  }

  private static String decode(byte[] src, int off, int len, boolean latin1) {
    return new String(src, off, len, latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  private void overflowPut(String s) {
    if (overflow == null) {
      overflow = new java.util.HashMap<>();
    }
    overflow.put(s, s);
  }

  private void grow() {
    String[] oldNames = names;
    int[] oldOffset = nameOffset;
    int[] oldLength = nameLength;
    int[] oldHash = nameHash;
    int size = oldNames.length * 2;
    names = new String[size];
    nameOffset = new int[size];
    nameLength = new int[size];
    nameHash = new int[size];
    for (int j = 0; j < oldNames.length; j++) {
      if (oldNames[j] != null) {
        int i = oldHash[j] & (size - 1);
        int p = 0;
        while (names[i] != null && ++p < MAX_PROBES) {
          i = (i + 1) & (size - 1);
        }
        if (names[i] != null) {
          // keeps the rule that a table entry lies within MAX_PROBES of its slot
          overflowPut(oldNames[j]);
          nameCount--;
          continue;
        }
        names[i] = oldNames[j];
        nameOffset[i] = oldOffset[j];
        nameLength[i] = oldLength[j];
        nameHash[i] = oldHash[j];
      }
    }
  }

  private static String globalName(byte[] src, int off, int len, int h) {
    if (len > GLOBAL_NAME_MAX) {
      return new String(src, off, len, StandardCharsets.ISO_8859_1);
    }
    int slot = (h ^ (h >>> 16)) & (GLOBAL_NAMES.length - 1);
    String s = GLOBAL_NAMES[slot];
    if (s != null && equalsAscii(s, src, off, len)) {
      return s;
    }
    s = new String(src, off, len, StandardCharsets.ISO_8859_1);
    GLOBAL_NAMES[slot] = s;
    return s;
  }

  /**
   * The text spelled by the UTF-8 bytes {@code src[off, off+len)}; a short ASCII text is shared with an equal one
   * met before in this parse.
   */
  String text(byte[] src, int off, int len, boolean ascii) {
    if (len == 0) {
      return "";
    }
    if (!ascii) {
      return new String(src, off, len, StandardCharsets.UTF_8);
    }
    if (len > TEXT_MAX) {
      return new String(src, off, len, StandardCharsets.ISO_8859_1);
    }
    if (texts == null) {
      texts = new String[TEXT_SLOTS];
    }
    int h = hash(src, off, len);
    int slot = (h ^ (h >>> 16)) & (TEXT_SLOTS - 1);
    String s = texts[slot];
    if (s != null && equalsAscii(s, src, off, len)) {
      return s;
    }
    s = new String(src, off, len, StandardCharsets.ISO_8859_1);
    texts[slot] = s;
    return s;
  }

  /**
   * A cheap hash of a few bytes (first, last, and three in between) and the length: a lookup compares the bytes
   * anyway, so a collision only costs a comparison (or, in the caches, an eviction).
   */
  private static int hash(byte[] src, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int last = off + len - 1;
    int h = len;
    h = 31 * h + src[off];
    h = 31 * h + src[last];
    h = 31 * h + src[off + (len >>> 1)];
    h = 31 * h + src[off + (len >>> 2)];
    h = 31 * h + src[last - (len >>> 2)];
    return h;
  }

  private static boolean sameBytes(byte[] src, int a, int b, int len) {
    return Arrays.equals(src, a, a + len, src, b, b + len);
  }

  private static boolean equalsAscii(String s, byte[] src, int off, int len) {
    if (s.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) != src[off + i]) {
        return false;
      }
    }
    return true;
  }
}
