package dev.stacksets.rfs.internal;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import dev.stacksets.core.internal.util.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link JsonParser} over a UTF-8 body for the common case of an RFS reply, several times cheaper than Jackson's
 * own parser; {@link RfsResponseParser} reads a body with it first and, when it gives up, reads the same bytes again
 * with Jackson's parser. It reads only a subset of JSON: a root object, objects, arrays, whitespace, {@code true},
 * {@code false}, {@code null}, strings of printable ASCII ({@code 0x20..0x7E}) without escapes, and integers of at
 * most 18 digits without leading zeros. Anything else (an escape, a control or non-ASCII byte in a string, a
 * fraction or exponent, a longer integer, malformed or truncated JSON, nesting deeper than {@value #MAX_DEPTH}, a
 * string or name longer than Jackson's {@link StreamReadConstraints} allow, and any call of an API method it does
 * not implement, such as reading a tree from it) throws {@link Unsupported}. So whatever it reads, Jackson's parser
 * reads to the same tokens, and whatever Jackson would refuse, it refuses too.
 *
 * <p>Like Jackson's parser in the readers' use, it reads the root object only: after the root's
 * {@code END_OBJECT} it reads nothing, so what follows the root object is ignored (any further {@code nextToken()}
 * throws {@link Unsupported}).
 *
 * <p>Speed: a member name is compared byte-wise with the name that followed the previous name last time (then looked
 * up in a {@link KnownNames} table), and a known name is always the table's {@code String} instance; a string value
 * becomes a {@code String} only when asked for ({@link #getText()}), by one Latin-1 copy of its bytes, and
 * {@link RepeatedText} compares its bytes in the body ({@link #buffer()}, {@link #textStart()},
 * {@link #getTextLength()}).
 *
 * <p>Not thread-safe: one instance reads one body on one thread.
 */
final class FastJsonParser extends ParserMinimalBase {
  /** Nesting deeper than this (the root object is depth 1) is left to Jackson. */
  static final int MAX_DEPTH = 32;
  /** Longer integers (which may not fit a long) are left to Jackson. */
  private static final int MAX_DIGITS = 18;
  /** 1 for the bytes that may appear in a string as they are: printable ASCII but {@code "} and {@code \}. */
  private static final byte[] PLAIN = new byte[256];

  static {
    for (int c = 0x20; c <= 0x7E; c++) {
      PLAIN[c] = 1;
    }
    PLAIN['"'] = 0;
    PLAIN['\\'] = 0;
  }

  /**
   * What the fast parser throws when a body or a call is outside what it reads: the body must be read again with
   * Jackson's parser. Preallocated and without a stack trace, so giving up costs no allocation; deliberately not an
   * {@link IllegalStateException}, {@link IllegalArgumentException} or {@link java.io.IOException}, which the
   * readers catch or report.
   */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Unsupported() {
      super("outside the fast JSON parser's subset: read with Jackson's parser", null, false, false);
    }
  }

  /** The one instance of {@link Unsupported}. */
  static final Unsupported UNSUPPORTED = new Unsupported();

  private final byte[] buf;
  private final int end;
  private final KnownNames names;
  /** Per name index: 1 + the index of the known name that followed it last time, 0 if none yet. */
  private final int[] follow;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private int pos;
  private int depth;
  /** Bit {@code d - 1} set: the container at depth {@code d} is an object (else an array). */
  private long objects;
  /** After a value or a container's end: what comes next must be a comma or the end of the container. */
  private boolean afterValue;
  /** The index of the last name read if it was a known one, else -1. */
  private int lastName = -1;
  private String name;
  /** The string's (without quotes) or integer's bytes in {@link #buf}. */
  private int textStart;
  private int textLength;
  private String text;
  private long number;
  private boolean closed;

  private FastJsonParser(byte[] body, int afterRootStart, KnownNames names, StreamReadConstraints constraints) {
    super(constraints);
    this.buf = body;
    this.end = body.length;
    this.names = names;
    this.follow = new int[names.size()];
    this.maxDepth = Math.min(MAX_DEPTH, constraints.getMaxNestingDepth());
    this.maxStringLength = constraints.getMaxStringLength();
    this.maxNameLength = constraints.getMaxNameLength();
    this.pos = afterRootStart;
    this.depth = 1;
    this.objects = 1;
    this._currToken = JsonToken.START_OBJECT;
  }

  /**
   * A parser standing on the root {@code START_OBJECT} of {@code body}, or null when the body does not start as a
   * JSON object in the subset (empty, another value, a byte order mark or another encoding) or Jackson's parser is
   * configured with limits the fast parser does not track: then only Jackson's parser can read it. Names in
   * {@code names} are read as their table instances.
   */
  static FastJsonParser openObject(byte[] body, KnownNames names) {
    StreamReadConstraints c = Json.factory().streamReadConstraints();
    if (c.hasMaxTokenCount() || c.hasMaxDocumentLength() && body.length > c.getMaxDocumentLength()
        || c.getMaxNestingDepth() < 1 || c.getMaxNumberLength() <= MAX_DIGITS
        || c.getMaxNameLength() < names.maxLength()) {
      return null;
    }
    // Jackson guesses the encoding from the first four bytes: only plain ASCII there is surely UTF-8
    for (int i = 0; i < 4 && i < body.length; i++) {
      if (body[i] <= 0) {
        return null;
      }
    }
    int i = 0;
    while (i < body.length && isWhitespace(body[i])) {
      i++;
    }
    if (i == body.length || body[i] != '{') {
      return null;
    }
    return new FastJsonParser(body, i + 1, names, c);
  }

  /** The body being read. The caller must not change it. */
  byte[] buffer() {
    return buf;
  }

  /** Where the current string's text (without its quotes) or integer's literal starts in {@link #buffer()}. */
  int textStart() {
    checkToken(_currToken == JsonToken.VALUE_STRING || _currToken == JsonToken.VALUE_NUMBER_INT);
    return textStart;
  }

  @Override
  public JsonToken nextToken() {
    text = null;
    if (_currToken == JsonToken.FIELD_NAME) {
      return _currToken = value(skipWhitespace());
    }
    if (depth == 0) {
      throw UNSUPPORTED; // past the root object
    }
    int b = skipWhitespace();
    boolean inObject = (objects & (1L << (depth - 1))) != 0;
    if (b == (inObject ? '}' : ']')) { // after a value, or an empty container (a comma is read below)
      pos++;
      depth--;
      afterValue = true;
      return _currToken = inObject ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
    }
    if (afterValue) {
      if (b != ',') {
        throw UNSUPPORTED;
      }
      pos++;
      b = skipWhitespace();
    }
    return _currToken = inObject ? fieldName(b) : value(b);
  }

  @Override
  public String nextFieldName() {
    return nextToken() == JsonToken.FIELD_NAME ? name : null;
  }

  /** Reads a member name at {@code pos} (its first byte {@code b}) and the colon after it. */
  private JsonToken fieldName(int b) {
    if (b != '"') {
      throw UNSUPPORTED;
    }
    int start = pos + 1;
    int last = lastName;
    if (last >= 0 && follow[last] != 0) {
      int predicted = follow[last] - 1;
      byte[] candidate = names.bytes(predicted);
      int stop = start + candidate.length;
      if (stop < end && buf[stop] == '"' && Arrays.equals(buf, start, stop, candidate, 0, candidate.length)) {
        lastName = predicted;
        name = names.string(predicted);
        pos = stop + 1;
        colon();
        return JsonToken.FIELD_NAME;
      }
    }
    int stop = stringEnd(start, maxNameLength);
    int known = names.find(buf, start, stop);
    if (known >= 0) {
      if (last >= 0) {
        follow[last] = known + 1;
      }
      name = names.string(known);
    } else {
      name = new String(buf, start, stop - start, StandardCharsets.ISO_8859_1);
    }
    lastName = known;
    pos = stop + 1;
    colon();
    return JsonToken.FIELD_NAME;
  }

  private void colon() {
    if (skipWhitespace() != ':') {
      throw UNSUPPORTED;
    }
    pos++;
  }

  /** Reads a value at {@code pos} (its first byte {@code b}). */
  private JsonToken value(int b) {
    switch (b) {
      case '"' -> {
        int start = pos + 1;
        int stop = stringEnd(start, maxStringLength);
        textStart = start;
        textLength = stop - start;
        pos = stop + 1;
        afterValue = true;
        return JsonToken.VALUE_STRING;
      }
      case '{' -> {
        return open(true);
      }
      case '[' -> {
        return open(false);
      }
      case 't' -> {
        return literal(JsonToken.VALUE_TRUE);
      }
      case 'f' -> {
        return literal(JsonToken.VALUE_FALSE);
      }
      case 'n' -> {
        return literal(JsonToken.VALUE_NULL);
      }
      default -> {
        return number(b);
      }
    }
  }

  /** The index of the quote that ends the string whose text starts at {@code start}. */
  private int stringEnd(int start, int maxLength) {
    byte[] b = buf;
    int i = start;
    int stop = end;
    while (i < stop && PLAIN[b[i] & 0xFF] != 0) {
      i++;
    }
    if (i == stop || b[i] != '"' || i - start > maxLength) {
      throw UNSUPPORTED;
    }
    return i;
  }

  private JsonToken open(boolean object) {
    if (depth >= maxDepth) {
      throw UNSUPPORTED;
    }
    if (object) {
      objects |= 1L << depth;
    } else {
      objects &= ~(1L << depth);
    }
    depth++;
    pos++;
    afterValue = false;
    return object ? JsonToken.START_OBJECT : JsonToken.START_ARRAY;
  }

  private JsonToken literal(JsonToken token) {
    byte[] expected = token.asByteArray();
    if (end - pos < expected.length || !Arrays.equals(buf, pos, pos + expected.length, expected, 0,
        expected.length)) {
      throw UNSUPPORTED;
    }
    pos += expected.length;
    afterValue = true;
    return token;
  }

  /** An integer: an optional minus, then 0 or a non-zero digit and more digits; never a fraction or exponent. */
  private JsonToken number(int first) {
    int i = pos;
    boolean negative = first == '-';
    if (negative) {
      i++;
    }
    int digitsStart = i;
    long v = 0;
    while (i < end) {
      int d = buf[i] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      v = v * 10 + d;
      i++;
    }
    int digits = i - digitsStart;
    if (digits == 0 || digits > MAX_DIGITS || digits > 1 && buf[digitsStart] == '0' || i == end
        || buf[i] == '.' || buf[i] == 'e' || buf[i] == 'E') {
      throw UNSUPPORTED;
    }
    number = negative ? -v : v;
    textStart = pos;
    textLength = i - pos;
    pos = i;
    afterValue = true;
    return JsonToken.VALUE_NUMBER_INT;
  }

  /** The byte at {@code pos} after skipping whitespace; the end of the body is {@link Unsupported}. */
  private int skipWhitespace() {
    int i = pos;
    if (i < end) {
      byte c = buf[i];
      if (c > ' ') {
        return c; // no whitespace: the compact bodies RFS sends
      }
    }
    return skipSomeWhitespace();
  }

  private int skipSomeWhitespace() {
    byte[] b = buf;
    for (int i = pos; i < end; i++) {
      byte c = b[i];
      if (!isWhitespace(c)) {
        pos = i;
        return c;
      }
    }
    throw UNSUPPORTED;
  }

  private static boolean isWhitespace(byte c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  @Override
  public JsonParser skipChildren() {
    if (_currToken == JsonToken.START_OBJECT || _currToken == JsonToken.START_ARRAY) {
      int inside = depth;
      do {
        nextToken();
      } while (depth >= inside);
    }
    return this;
  }

  @Override
  public String getText() {
    JsonToken t = _currToken;
    if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
      String s = text;
      if (s == null) {
        s = textLength == 0 ? "" : new String(buf, textStart, textLength, StandardCharsets.ISO_8859_1);
        text = s;
      }
      return s;
    }
    if (t == JsonToken.FIELD_NAME) {
      return name;
    }
    return t == null ? null : t.asString();
  }

  @Override
  public int getTextLength() {
    JsonToken t = _currToken;
    if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
      return textLength;
    }
    String s = getText();
    return s == null ? 0 : s.length();
  }

  @Override
  public boolean hasTextCharacters() {
    return false;
  }

  @Override
  public char[] getTextCharacters() {
    throw UNSUPPORTED;
  }

  @Override
  public int getTextOffset() {
    throw UNSUPPORTED;
  }

  @Override
  public NumberType getNumberType() {
    checkToken(_currToken == JsonToken.VALUE_NUMBER_INT);
    return number == (int) number ? NumberType.INT : NumberType.LONG;
  }

  @Override
  public Number getNumberValue() {
    checkToken(_currToken == JsonToken.VALUE_NUMBER_INT);
    return number == (int) number ? (Number) Integer.valueOf((int) number) : (Number) Long.valueOf(number);
  }

  @Override
  public int getIntValue() {
    checkToken(_currToken == JsonToken.VALUE_NUMBER_INT && number == (int) number);
    return (int) number;
  }

  @Override
  public long getLongValue() {
    checkToken(_currToken == JsonToken.VALUE_NUMBER_INT);
    return number;
  }

  @Override
  public BigInteger getBigIntegerValue() {
    checkToken(_currToken == JsonToken.VALUE_NUMBER_INT);
    return BigInteger.valueOf(number);
  }

  private static void checkToken(boolean expected) {
    if (!expected) {
      throw UNSUPPORTED;
    }
  }

  @Override
  public float getFloatValue() {
    throw UNSUPPORTED;
  }

  @Override
  public double getDoubleValue() {
    throw UNSUPPORTED;
  }

  @Override
  public BigDecimal getDecimalValue() {
    throw UNSUPPORTED;
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) {
    throw UNSUPPORTED;
  }

  @Override
  public String getCurrentName() {
    throw UNSUPPORTED;
  }

  @Override
  public String currentName() {
    throw UNSUPPORTED;
  }

  @Override
  public void overrideCurrentName(String name) {
    throw UNSUPPORTED;
  }

  @Override
  public JsonStreamContext getParsingContext() {
    throw UNSUPPORTED;
  }

  @Override
  public JsonLocation getCurrentLocation() {
    throw UNSUPPORTED;
  }

  @Override
  public JsonLocation getTokenLocation() {
    throw UNSUPPORTED;
  }

  @Override
  public JsonLocation currentLocation() {
    throw UNSUPPORTED;
  }

  @Override
  public JsonLocation currentTokenLocation() {
    throw UNSUPPORTED;
  }

  @Override
  public ObjectCodec getCodec() {
    return null;
  }

  @Override
  public void setCodec(ObjectCodec codec) {
    throw UNSUPPORTED;
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  protected void _handleEOF() {
    throw UNSUPPORTED;
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }
}
