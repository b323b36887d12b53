package dev.stacksets.rfs.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Arrays;

/**
 * One string per distinct text of the members that repeat from item to item of a page (the stack set's id and name,
 * an operation's action and status, a region): a page of 100 operations of one stack set then holds one
 * {@code "my_stack_set"}, not 100 copies, and reading it makes none of them. The text is compared where the parser
 * holds it (Jackson's character buffer, or the body's bytes for the {@link FastJsonParser}), so a repeat allocates
 * nothing. A small direct-mapped table: a slot holds the last text that hashed to it, so a collision costs a new
 * string, never a wrong one.
 *
 * <p>One instance per document read; not thread-safe (like the parser it reads from).
 */
final class RepeatedText {
  private static final int SLOTS = 64; // a power of two
  /** Longer texts are not kept: they rarely repeat, and comparing them would cost more than it saves. */
  private static final int MAX_LENGTH = 64;

  private final String[] strings = new String[SLOTS];
  /**
   * The text of {@code strings[i]} as the parser holds it, compared in one vectorized step: its characters (a
   * {@code char[]}, Jackson's parser) or its bytes (a {@code byte[]}, the fast parser). A document is read by one
   * parser, so a slot only ever holds one kind; a slot holding the other kind never matches.
   */
  private final Object[] kept = new Object[SLOTS];

  /** The text of the parser's current {@code VALUE_STRING} token, shared with an earlier equal one. */
  String text(JsonParser p) throws IOException {
    if (p instanceof FastJsonParser) {
      return text((FastJsonParser) p);
    }
    int length = p.getTextLength();
    if (length == 0 || length > MAX_LENGTH) {
      return p.getText();
    }
    char[] buffer = p.getTextCharacters();
    int offset = p.getTextOffset();
    int slot = slot(length, buffer[offset], buffer[offset + (length >> 1)], buffer[offset + length - 1]);
    if (kept[slot] instanceof char[] chars && Arrays.equals(chars, 0, chars.length, buffer, offset, offset + length)) {
      return strings[slot];
    }
    String s = new String(buffer, offset, length);
    strings[slot] = s;
    kept[slot] = Arrays.copyOfRange(buffer, offset, offset + length);
    return s;
  }

  private String text(FastJsonParser p) {
    int length = p.getTextLength();
    if (length == 0 || length > MAX_LENGTH) {
      return p.getText();
    }
    byte[] buffer = p.buffer();
    int offset = p.textStart();
    int slot = slot(length, buffer[offset], buffer[offset + (length >> 1)], buffer[offset + length - 1]);
    if (kept[slot] instanceof byte[] bytes && Arrays.equals(bytes, 0, bytes.length, buffer, offset, offset + length)) {
      return strings[slot];
    }
    String s = p.getText();
    strings[slot] = s;
    kept[slot] = Arrays.copyOfRange(buffer, offset, offset + length);
    return s;
  }

  /**
   * The slot of a text of {@code length} by its first, middle and last character: a cheap hash, as the texts that
   * repeat differ in their length or at their ends or middle. A byte of the fast parser's ASCII text is its
   * character, so a text hashes alike from either parser.
   */
  private static int slot(int length, int first, int middle, int last) {
    int hash = length * 31 + first * 7 + middle * 131 + last;
    return (hash ^ (hash >>> 7)) & (SLOTS - 1);
  }
}
