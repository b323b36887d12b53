package dev.stacksets.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.stacksets.core.internal.util.StaxXmlOracle.Tree;
import dev.stacksets.core.testing.BodyMutations;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The hand-written reader against the StAX one it replaced ({@link StaxXmlOracle}, the old implementation kept as
 * the oracle): for generated well-formed documents (nesting, namespace prefixes, attributes, text with entity and
 * character references, CDATA, comments, PIs, CR/LF, non-ASCII, prolog and epilog misc, DOCTYPE) both build the same
 * tree (names, texts, children); for mutations of them (truncations, bit flips, hostile bytes, bad UTF-8, swapped
 * and renamed tags, deleted and duplicated spans, hostile snippets) both refuse, or both accept with the same tree.
 * The new reader never throws anything but {@link XmlParser.XmlParseException} and never hangs.
 *
 * <p>The only differences allowed are the documented refusals of what the new reader does not read: XML 1.1, an
 * encoding other than UTF-8, US-ASCII and ISO-8859-1, a UTF-8 byte order mark before another declared encoding, and
 * an undeclared entity in an attribute value of a document whose DOCTYPE names an external DTD (StAX lets that one
 * pass, as the unread DTD might declare it; the new reader refuses every undeclared entity). Each is refused with its
 * own message.
 */
class XmlParserDifferentialTest {
  private static final ExecutorService TIMER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "xml-differential");
    t.setDaemon(true);
    return t;
  });
  private static final String[] NAMES = {"a", "B", "member", "Summaries", "x-y", "_z", "n.1", "Status", "caf\u00e9",
      "\u00e9t\u00e9"};
  private static final String[] NAMES_ASCII = {"a", "B", "member", "x-y", "_z", "n.1", "Status", "k9"};
  private static final String[] TEXT_PIECES = {"a", "Hello", " ", "  ", "\n", "\t", "\r\n", "\r", "]", "]]", ">",
      "\"", "'", "caf\u00e9", "\u20ac", "\uD83D\uDE00", "\u4e00", "\u0085", "\u00a0", "&lt;", "&gt;", "&amp;",
      "&apos;", "&quot;", "&#65;", "&#x42;", "&#x1F600;", "&#13;", "&#10;", "&#9;", "&#xe9;", "&#0000065;", "-",
      "--", "?", "=", "/", "x/y", "123"};
  private static final String[] HOSTILE = {"<", ">", "&", "\"", "'", "]", "-", "?", "/", "=", ":", "\u0000",
      "\u0001", "\r", "]]>", "--", "<!", "<?", "</", "&bogus;", "&#0;", "&#xD800;", "&#x110000;", "&#;", "&lt",
      "<!DOCTYPE r>", "<![CDATA[", "<?xml version=\"1.0\"?>", "<a>", "</a>", "<a/>", "<p:a>", "xmlns:p=\"\"",
      "\uFFFE", "\uFFFF"};
  private static final byte[][] BAD_BYTES = {{(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xC3, '('},
      {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};
  private static final String CFN = "<ListStackSetOperationResultsResponse xmlns=\"http://cloudformation.amazonaws"
      + ".com/doc/2010-05-15/\"><ListStackSetOperationResultsResult><Summaries><member><Account>111111111111"
      + "</Account><Region>us-east-1</Region><Status>FAILED</Status><StatusReason>Account &quot;1&quot; has no "
      + "permission</StatusReason><AccountGateResult><Status>SKIPPED</Status><StatusReason>Function not found"
      + "</StatusReason></AccountGateResult></member></Summaries><NextToken><![CDATA[t<1>]]></NextToken>"
      + "</ListStackSetOperationResultsResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>"
      + "</ListStackSetOperationResultsResponse>";

  @AfterContainer
  static void stopTimer() {
    TIMER.shutdownNow();
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Provide
  Arbitrary<byte[]> cfnMutations() {
    return BodyMutations.of(CFN);
  }

  @Property
  void wellFormedDocumentsReadAsTheOracleReadsThem(@ForAll("seeds") long seed) {
    byte[] doc = new Generator(new Random(seed)).document();
    Tree expected;
    try {
      expected = StaxXmlOracle.parse(doc);
    } catch (RuntimeException e) {
      throw new AssertionError("the generator made a document StAX refuses (" + e.getMessage() + "): " + show(doc),
          e);
    }
    Outcome actual = parseNew(doc);
    assertThat(actual.error).as("refused: %s", show(doc)).isNull();
    assertThat(actual.tree).as("tree of %s", show(doc)).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void mutatedDocumentsAreRefusedOrReadAsTheOracleDoes(@ForAll("seeds") long seed) {
    Random random = new Random(seed);
    byte[] doc = new Generator(random).document();
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      doc = mutate(doc, random);
    }
    compare(doc);
  }

  @Property
  void mutatedRepliesAreRefusedOrReadAsTheOracleDoes(@ForAll("cfnMutations") byte[] doc) {
    compare(doc);
  }

  private static void compare(byte[] doc) {
    Outcome actual = parseNew(doc);
    Tree expected = null;
    Throwable oracleError = null;
    try {
      expected = StaxXmlOracle.parse(doc);
    } catch (RuntimeException e) {
      oracleError = e; // StaxXmlOracle.XmlParseException, or a JDK defect such as MissingResourceException
    } catch (StackOverflowError e) {
      oracleError = e;
    }
    if (oracleError != null) {
      assertThat(actual.error).as("StAX refused (%s) but the new reader read %s", oracleError.getMessage(),
          show(doc)).isNotNull();
      return;
    }
    if (actual.error != null) {
      String m = actual.error.getMessage();
      if (m.contains("XML 1.1 is not supported") || m.contains("is not supported (only UTF-8, US-ASCII and ISO-8859-1)")
          || m.contains("a UTF-8 byte order mark but the XML declaration names another encoding")) {
        return; // a documented refusal of what StAX reads
      }
      if (m.contains("is not declared (only &lt; &gt; &amp; &apos; &quot; exist") && externalDtd(doc)) {
        return; // StAX lets an unknown entity in an attribute value pass when an external DTD might declare it
      }
      fail("StAX read " + show(doc) + " but the new reader refused: " + m);
    }
    assertThat(actual.tree).as("tree of %s", show(doc)).isEqualTo(expected);
  }

  private static boolean externalDtd(byte[] doc) {
    String text = new String(doc, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("<!DOCTYPE");
    return at >= 0 && (text.indexOf("SYSTEM", at) >= 0 || text.indexOf("PUBLIC", at) >= 0);
  }

  /** The new reader's result, within a time limit, and only ever its own exception. */
  private static Outcome parseNew(byte[] doc) {
    Future<Outcome> f = TIMER.submit(() -> {
      try {
        return new Outcome(Tree.of(XmlParser.parse(doc)), null);
      } catch (XmlParser.XmlParseException e) {
        if (e.getMessage().startsWith("internal error")) {
          throw new AssertionError("a defect of the reader on " + show(doc), e.getCause());
        }
        return new Outcome(null, e);
      } catch (Throwable t) {
        throw new AssertionError("not an XmlParseException on " + show(doc), t);
      }
    });
    try {
      return f.get(10, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new AssertionError("the reader did not finish in 10 s on " + show(doc));
    } catch (java.util.concurrent.ExecutionException e) {
      throw (AssertionError) e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private record Outcome(Tree tree, XmlParser.XmlParseException error) {}

  private static byte[] mutate(byte[] b, Random r) {
    int n = b.length;
    int i = n == 0 ? 0 : r.nextInt(n + 1);
    int j = Math.min(n, i + r.nextInt(30));
    switch (r.nextInt(9)) {
      case 0:
        return java.util.Arrays.copyOf(b, i); // truncated
      case 1: {
        if (n == 0) {
          return b;
        }
        byte[] c = b.clone();
        c[Math.min(i, n - 1)] ^= (byte) (1 << r.nextInt(8)); // a bit flipped
        return c;
      }
      case 2: {
        if (n == 0) {
          return b;
        }
        byte[] c = b.clone();
        c[Math.min(i, n - 1)] = (byte) r.nextInt(256); // a byte replaced
        return c;
      }
      case 3:
        return concat(slice(b, 0, i), slice(b, j, n)); // span deleted
      case 4:
        return concat(slice(b, 0, j), slice(b, i, n)); // span duplicated
      case 5:
        return concat(slice(b, 0, i), HOSTILE[r.nextInt(HOSTILE.length)].getBytes(StandardCharsets.UTF_8),
            slice(b, i, n)); // hostile snippet inserted
      case 6:
        return concat(slice(b, 0, i), BAD_BYTES[r.nextInt(BAD_BYTES.length)], slice(b, i, n)); // bad UTF-8
      case 7:
        return retag(b, r); // an end tag renamed
      default:
        return swapTags(b, r); // two tags exchanged
    }
  }

  /** Renames the name of one end tag (a mismatched end tag). */
  private static byte[] retag(byte[] b, Random r) {
    List<Integer> ends = new ArrayList<>();
    for (int k = 0; k + 1 < b.length; k++) {
      if (b[k] == '<' && b[k + 1] == '/') {
        ends.add(k + 2);
      }
    }
    if (ends.isEmpty()) {
      return b;
    }
    int at = ends.get(r.nextInt(ends.size()));
    return concat(slice(b, 0, at), NAMES_ASCII[r.nextInt(NAMES_ASCII.length)].getBytes(StandardCharsets.UTF_8),
        "q".getBytes(StandardCharsets.UTF_8), slice(b, at, b.length));
  }

  /** Exchanges two tags ({@code <...>}) of the document. */
  private static byte[] swapTags(byte[] b, Random r) {
    List<int[]> tags = new ArrayList<>();
    for (int k = 0; k < b.length; k++) {
      if (b[k] == '<') {
        int e = k + 1;
        while (e < b.length && b[e] != '>' && b[e] != '<') {
          e++;
        }
        if (e < b.length && b[e] == '>') {
          tags.add(new int[] {k, e + 1});
          k = e;
        }
      }
    }
    if (tags.size() < 2) {
      return b;
    }
    int x = r.nextInt(tags.size());
    int y = r.nextInt(tags.size());
    int[] p = tags.get(Math.min(x, y));
    int[] q = tags.get(Math.max(x, y));
    if (p == q) {
      return b;
    }
    return concat(slice(b, 0, p[0]), slice(b, q[0], q[1]), slice(b, p[1], q[0]), slice(b, p[0], p[1]),
        slice(b, q[1], b.length));
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, from, to);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static String show(byte[] doc) {
    String text = new String(doc, StandardCharsets.UTF_8);
    return (text.length() > 2000 ? text.substring(0, 2000) + "..." : text) + "  [hex "
        + HexFormat.of().formatHex(doc, 0, Math.min(doc.length, 400)) + (doc.length > 400 ? "..." : "") + "]";
  }

  /** Random well-formed documents. */
  private static final class Generator {
    private final Random r;
    private final StringBuilder sb = new StringBuilder();

    Generator(Random r) {
      this.r = r;
    }

    byte[] document() {
      boolean bom = r.nextInt(10) == 0;
      if (r.nextInt(3) == 0) {
        String q = r.nextBoolean() ? "\"" : "'";
        sb.append("<?xml").append(space()).append("version=").append(q).append("1.0").append(q);
        if (r.nextBoolean()) {
          sb.append(space()).append("encoding").append(r.nextBoolean() ? "=" : " = ").append(q)
              .append(r.nextBoolean() ? "UTF-8" : "utf-8").append(q);
        }
        if (r.nextInt(4) == 0) {
          sb.append(space()).append("standalone=").append(q).append(r.nextBoolean() ? "yes" : "no").append(q);
        }
        sb.append(r.nextBoolean() ? "" : space()).append("?>");
      }
      misc();
      if (r.nextInt(6) == 0) {
        sb.append("<!DOCTYPE").append(space()).append("r");
        switch (r.nextInt(3)) {
          case 0 -> sb.append(space()).append("SYSTEM").append(space()).append("\"urn:x:y.dtd\"");
          case 1 -> sb.append(space()).append("[<!ENTITY e \"v\"><!-- c -->").append(space()).append("]");
          default -> { }
        }
        sb.append(r.nextBoolean() ? "" : space()).append(">");
        misc();
      }
      element(0, true);
      misc();
      byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
      return bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
    }

    private String space() {
      return switch (r.nextInt(6)) {
        case 0 -> "  ";
        case 1 -> "\n";
        case 2 -> "\t";
        case 3 -> "\r\n ";
        default -> " ";
      };
    }

    private void misc() {
      int n = r.nextInt(3);
      for (int i = 0; i < n; i++) {
        switch (r.nextInt(3)) {
          case 0 -> sb.append(space());
          case 1 -> comment();
          default -> pi();
        }
      }
    }

    private void comment() {
      sb.append("<!--").append(r.nextBoolean() ? "" : " c - x > \u00e9 ]]> <a> &amp; ").append("-->");
    }

    private void pi() {
      sb.append("<?").append(r.nextBoolean() ? "pi" : "x-m:l").append(r.nextBoolean() ? ""
          : " data ? > \u00e9 <a> --").append("?>");
    }

    private void element(int depth, boolean root) {
      String prefix = root || r.nextInt(3) > 0 ? "" : r.nextBoolean() ? "p:" : "q:";
      boolean empty = r.nextInt(4) == 0 || depth >= 4;
      // non-ASCII names only where a name change would also break the end tag (see the class comment)
      String name = empty ? NAMES_ASCII[r.nextInt(NAMES_ASCII.length)] : NAMES[r.nextInt(NAMES.length)];
      sb.append('<').append(prefix).append(name);
      if (root) {
        sb.append(" xmlns=\"urn:default\" xmlns:p=\"urn:p\"").append(space()).append("xmlns:q='urn:q'");
      }
      int attrs = r.nextInt(3);
      for (int i = 0; i < attrs; i++) {
        String q = r.nextBoolean() ? "\"" : "'";
        String value = attributeValue(q);
        sb.append(space()).append(i == 1 ? "p:" : "").append("at").append(i).append(r.nextBoolean() ? "=" : " = ")
            .append(q).append(value).append(q);
      }
      if (r.nextBoolean()) {
        sb.append(space());
      }
      if (empty) {
        sb.append("/>");
        return;
      }
      sb.append('>');
      int items = r.nextInt(depth == 0 ? 6 : 5);
      for (int i = 0; i < items; i++) {
        switch (r.nextInt(7)) {
          case 0, 1 -> element(depth + 1, false);
          case 2 -> sb.append("<![CDATA[").append(text().replace("]]>", "]] >")).append("<&]]>");
          case 3 -> comment();
          case 4 -> pi();
          default -> sb.append(escapedText());
        }
      }
      sb.append("</").append(prefix).append(name).append(r.nextBoolean() ? "" : space()).append('>');
    }

    private String attributeValue(String quote) {
      StringBuilder v = new StringBuilder();
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        String piece = TEXT_PIECES[r.nextInt(TEXT_PIECES.length)];
        if (!piece.equals(quote) && !piece.contains("<")) {
          v.append(piece);
        }
      }
      return v.toString();
    }

    private String text() {
      StringBuilder t = new StringBuilder();
      int n = r.nextInt(5);
      for (int i = 0; i < n; i++) {
        t.append(TEXT_PIECES[r.nextInt(TEXT_PIECES.length)]);
      }
      return t.toString();
    }

    /** Text with no {@code ]]>}, also not with the text or markup that follows (so it never ends with ']'). */
    private String escapedText() {
      String t = text().replace("]]>", "]]&gt;");
      return t.endsWith("]") ? t + "." : t;
    }
  }
}
