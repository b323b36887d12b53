package dev.stacksets.rfs.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

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

  private final String[] table = new String[SLOTS];

  /** The text of the parser's current {@code VALUE_STRING} token, shared with an earlier equal one. */
  String text(JsonParser p) throws IOException {
    int length = p.getTextLength();
    if (length > MAX_LENGTH) {
      return p.getText();
    }
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    String kept = table[slot];
    if (kept != null && sameText(kept, chars, offset, length)) {
      return kept;
    }
    String s = new String(chars, offset, length);
    table[slot] = s;
    return s;
  }

  private static boolean sameText(String kept, char[] chars, int offset, int length) {
    if (kept.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (kept.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
