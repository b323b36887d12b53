package dev.stacksets.rfs.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Arrays;

/**
 * One string per distinct text of the members that repeat from item to item of a page (the stack set's id and name,
 * an operation's action and status, a region): a page of 100 operations of one stack set then holds one
 * {@code "my_stack_set"}, not 100 copies, and reading it makes none of them. The text is compared in the parser's
 * buffer, so a repeat allocates nothing. A small direct-mapped table: a slot holds the last text that hashed to it,
 * so a collision costs a new string, never a wrong one.
 *
 * <p>One instance per document read; not thread-safe (like the parser it reads from).
 */
final class RepeatedText {
  private static final int SLOTS = 64; // a power of two
  /** Longer texts are not kept: they rarely repeat, and comparing them would cost more than it saves. */
  private static final int MAX_LENGTH = 64;

  private final String[] strings = new String[SLOTS];
  /** The characters of {@code strings[i]}, compared with the parser's buffer in one vectorized step. */
  private final char[][] chars = new char[SLOTS][];

  /** The text of the parser's current {@code VALUE_STRING} token, shared with an earlier equal one. */
  String text(JsonParser p) throws IOException {
    int length = p.getTextLength();
    if (length == 0 || length > MAX_LENGTH) {
      return p.getText();
    }
    char[] buffer = p.getTextCharacters();
    int offset = p.getTextOffset();
    // a cheap hash: the texts that repeat differ in their length or at their ends or middle
    int hash = length * 31 + buffer[offset] * 7 + buffer[offset + (length >> 1)] * 131 + buffer[offset + length - 1];
    int slot = (hash ^ (hash >>> 7)) & (SLOTS - 1);
    char[] kept = chars[slot];
    if (kept != null && Arrays.equals(kept, 0, kept.length, buffer, offset, offset + length)) {
      return strings[slot];
    }
    String s = new String(buffer, offset, length);
    strings[slot] = s;
    chars[slot] = Arrays.copyOfRange(buffer, offset, offset + length);
    return s;
  }
}
