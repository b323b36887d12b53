package dev.stacksets.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Each refusal of the XML reader with its exact message: the problem and its byte offset, never more than a few
 * dozen bytes of the document. Also what it accepts that a stricter reader might not (a DOCTYPE, BOM, ISO-8859-1).
 */
class XmlParserErrorsTest {

  private static XmlNode parse(String xml) {
    return XmlParser.parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static void refuses(String xml, String message) {
    assertThatThrownBy(() -> parse(xml)).isInstanceOf(XmlParser.XmlParseException.class).hasMessage(message);
  }

  private static void refuses(byte[] xml, String message) {
    assertThatThrownBy(() -> XmlParser.parse(xml)).isInstanceOf(XmlParser.XmlParseException.class)
        .hasMessage(message);
  }

  @Test
  void mismatchedAndUnclosedTags() {
    refuses("<a><b></a>", "malformed XML at byte 6: the end tag </a> does not match the start tag <b> at byte 3");
    refuses("<a><b></b>", "malformed XML at byte 10: the document ends inside <a> (not closed)");
    refuses("<a", "malformed XML at byte 0: the document ends inside the start tag <a>");
    refuses("<a></ a>", "malformed XML at byte 3: malformed end tag");
    refuses("<a></a", "malformed XML at byte 6: expected '>' to end the end tag </a>");
    refuses("<a/ >", "malformed XML at byte 2: expected '>' after '/' in the start tag <a>");
    refuses("<a x='1'y='2'/>", "malformed XML at byte 8: expected white space, '>' or '/>' in the start tag <a>");
  }

  @Test
  void anEndTagOfTheSameLengthDifferingInAnyOneByteIsRefusedShortAndLongNamesAlike() {
    for (int length : new int[] {1, 2, 7, 8, 15, 16, 17, 24, 40}) {
      String name = "n".repeat(length);
      for (int at = 0; at < length; at++) {
        String other = name.substring(0, at) + "m" + name.substring(at + 1);
        int endAt = length + 2;
        refuses("<" + name + "></" + other + ">", "malformed XML at byte " + endAt + ": the end tag </" + other
            + "> does not match the start tag <" + name + "> at byte 0");
      }
      assertThat(XmlParser.parse(("<" + name + "></" + name + ">").getBytes(StandardCharsets.UTF_8)).name())
          .isEqualTo(name);
    }
    refuses("<ab></abc>", "malformed XML at byte 4: the end tag </abc> does not match the start tag <ab> at byte 0");
  }

  @Test
  void noRootOrJunkAroundIt() {
    refuses("", "malformed XML at byte 0: the document holds no root element");
    refuses("  <!-- c -->", "malformed XML at byte 12: the document holds no root element");
    refuses("not xml", "malformed XML at byte 0: text is not allowed before the root element");
    refuses("<a/>junk", "malformed XML at byte 4: content after the root element");
    refuses("<a/><b/>", "malformed XML at byte 4: content after the root element");
    refuses("< a/>", "malformed XML at byte 1: '<' must start an element name, a comment, a CDATA section or a "
        + "processing instruction (write &lt; for a literal '<')");
  }

  @Test
  void references() {
    refuses("<a>&bogus;</a>", "malformed XML at byte 3: the entity &bogus; is not declared (only &lt; &gt; &amp; "
        + "&apos; &quot; exist: DTDs are not processed)");
    refuses("<a>&#0;</a>", "malformed XML at byte 3: the character reference &#0; is not a legal XML character");
    refuses("<a>&#xD800;</a>",
        "malformed XML at byte 3: the character reference &#xD800; is not a legal XML character");
    refuses("<a>&#x110000;</a>",
        "malformed XML at byte 3: the character reference &#x110000; is not a legal XML character");
    refuses("<a>&#12a;</a>", "malformed XML at byte 3: malformed character reference (expected &#digits; or "
        + "&#xhex;)");
    refuses("<a>&lt</a>", "malformed XML at byte 3: the entity reference &lt must end with ';'");
    refuses("<a>a & b</a>", "malformed XML at byte 5: '&' must start a character or entity reference (write &amp; "
        + "for a literal '&')");
  }

  @Test
  void attributes() {
    refuses("<a x=\"1<2\"/>", "malformed XML at byte 7: '<' in the value of attribute x (write &lt;)");
    refuses("<a x=1/>", "malformed XML at byte 5: the value of attribute x is not quoted");
    refuses("<a x/>", "malformed XML at byte 4: attribute x has no '='");
    refuses("<a x=\"1/>", "malformed XML at byte 5: the value of attribute x is not closed");
    refuses("<a x='1' x='2'/>", "malformed XML at byte 9: attribute x appears twice in <a>");
  }

  @Test
  void namespaces() {
    refuses("<p:a/>", "malformed XML at byte 1: the namespace prefix of <p:a> is not declared");
    refuses("<a p:x='1'/>", "malformed XML at byte 3: the namespace prefix of attribute p:x is not declared");
    refuses("<a xmlns:p=''/>", "malformed XML at byte 3: the namespace prefix p is bound to an empty name");
    refuses("<a:/>", "malformed XML at byte 1: the name a: has a prefix but no local part");
    assertThat(parse("<p:a xmlns:p='urn:p'><p:b>1</p:b></p:a>").childText("b")).isEqualTo("1");
  }

  @Test
  void charactersAndEncodings() {
    refuses(new byte[] {'<', 'a', '>', (byte) 0xC3, '(', '<', '/', 'a', '>'},
        "malformed XML at byte 3: invalid UTF-8 (bytes 0xC3 0x28 0x3C 0x2F)");
    refuses(new byte[] {'<', 'a', '>', (byte) 0xC0, (byte) 0x80, '<', '/', 'a', '>'},
        "malformed XML at byte 3: invalid UTF-8 (bytes 0xC0 0x80 0x3C 0x2F)");
    refuses(new byte[] {'<', 'a', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'a', '>'},
        "malformed XML at byte 3: invalid UTF-8 (bytes 0xED 0xA0 0x80 0x3C)");
    refuses(new byte[] {'<', 'a', '>', (byte) 0xE2, (byte) 0x82},
        "malformed XML at byte 3: invalid UTF-8 (bytes 0xE2 0x82)");
    refuses("<a>\u0001</a>", "malformed XML at byte 3: character U+0001 is not allowed in XML");
    refuses("<a>\uFFFE</a>", "malformed XML at byte 3: character U+FFFE is not allowed in XML");
    refuses("<a>x]]>y</a>", "malformed XML at byte 4: ']]>' is not allowed in text (outside a CDATA section)");
    refuses("<?xml version=\"1.0\" encoding=\"windows-1252\"?><a/>", "malformed XML at byte 30: the encoding "
        + "\"windows-1252\" is not supported (only UTF-8, US-ASCII and ISO-8859-1)");
    refuses("<?xml version=\"1.0\" encoding=\"US-ASCII\"?><a>\u00e9</a>",
        "malformed XML at byte 44: byte 0xC3 is not US-ASCII, the encoding the XML declaration names");
    refuses("<?xml version=\"1.1\"?><a/>", "malformed XML at byte 15: XML 1.1 is not supported (only XML 1.0)");
    refuses(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '<'},
        "malformed XML at byte 0: UTF-16 and UTF-32 documents are not supported (only UTF-8, US-ASCII and "
            + "ISO-8859-1)");
    byte[] bomLatin1 = ("\uFEFF<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>")
        .getBytes(StandardCharsets.UTF_8);
    refuses(bomLatin1, "malformed XML at byte 0: a UTF-8 byte order mark but the XML declaration names another "
        + "encoding");
  }

  @Test
  void markup() {
    refuses("<a><!-- x -- y --></a>", "malformed XML at byte 10: '--' is not allowed inside a comment");
    refuses("<a><!-- x </a>", "malformed XML at byte 3: the comment is not closed");
    refuses("<a><![CDATA[x</a>", "malformed XML at byte 3: the CDATA section is not closed");
    refuses("<a><?pi x</a>", "malformed XML at byte 3: the processing instruction is not closed");
    refuses("<a><?xml version='1.0'?></a>", "malformed XML at byte 3: the processing instruction target xml is "
        + "reserved (an XML declaration is allowed only at the very start)");
    refuses("<a><!ELEMENT a></a>", "malformed XML at byte 3: '<!' must start a comment or a CDATA section here");
    refuses("<!DOCTYPE a><!DOCTYPE a><a/>", "malformed XML at byte 12: a second DOCTYPE");
    refuses("<?xml version=\"1.0\" foo=\"x\"?><a/>",
        "malformed XML at byte 20: unexpected content in the XML declaration (which began at byte 0)");
  }

  @Test
  void depth() {
    refuses("<a>".repeat(65), "XML nested deeper than 64 levels at byte 192");
    assertThat(parse("<a>".repeat(64) + "</a>".repeat(64)).name()).isEqualTo("a");
  }

  @Test
  void aMessageQuotesAtMostFortyBytesOfTheDocument() {
    String longName = "n".repeat(900);
    refuses("<" + longName + "></x>", "malformed XML at byte 902: the end tag </x> does not match the start tag <"
        + "n".repeat(40) + "...> at byte 0");
    refuses("<a>&" + longName + ";</a>", "malformed XML at byte 3: the entity &" + "n".repeat(39)
        + "... is not declared (only &lt; &gt; &amp; &apos; &quot; exist: DTDs are not processed)");
  }

  @Test
  void theJdkParsersLimitsStay() {
    refuses("<" + "n".repeat(1001) + "/>", "malformed XML at byte 1: the name " + "n".repeat(40)
        + "... is longer than 1000 characters");
    assertThat(parse("<" + "n".repeat(1000) + "/>").name()).hasSize(1000);
    refuses("<a xmlns='" + "u".repeat(1001) + "'/>",
        "malformed XML at byte 3: a namespace name longer than 1000 characters");
    StringBuilder many = new StringBuilder("<a");
    for (int i = 0; i <= 10_000; i++) {
      many.append(" a").append(i).append("='1'");
    }
    refuses(many.append("/>").toString(), "malformed XML at byte 98893: more than 10000 attributes in <a>");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<a>x&lt;&gt;&amp;&apos;&quot;&#65;&#x42;&#x1F600;y</a>|x<>&'\"AB\uD83D\uDE00y",
      "<a><![CDATA[<b>&amp;]]></a>|<b>&amp;",
      "<a>1<![CDATA[2]]>3<!-- c -->4<?p i?>5</a>|12345",
      "<a>caf\u00e9 \u20ac \u4e00</a>|caf\u00e9 \u20ac \u4e00"})
  void decodesText(String xml, String text) {
    assertThat(parse(xml).text()).isEqualTo(text);
  }

  @Test
  void normalizesLineEndsButKeepsCharacterReferences() {
    assertThat(parse("<a>1\r\n2\r3\n4&#13;</a>").text()).isEqualTo("1\n2\n3\n4\r");
    assertThat(parse("<a><![CDATA[1\r\n2]]></a>").text()).isEqualTo("1\n2");
  }

  @Test
  void acceptsABomADoctypeAndLatin1() {
    byte[] bom = "\uFEFF<a>x</a>".getBytes(StandardCharsets.UTF_8);
    assertThat(XmlParser.parse(bom).text()).isEqualTo("x");
    assertThat(parse("<!DOCTYPE a SYSTEM \"http://example.invalid/a.dtd\"><a>x</a>").text()).isEqualTo("x");
    byte[] latin1 = "<?xml version='1.0' encoding='ISO-8859-1'?><\u00e9 x='\u00e9'>\u00e9&amp;\u00ff</\u00e9>"
        .getBytes(StandardCharsets.ISO_8859_1);
    XmlNode n = XmlParser.parse(latin1);
    assertThat(n.name()).isEqualTo("\u00e9");
    assertThat(n.text()).isEqualTo("\u00e9&\u00ff");
  }

  @Test
  void textOfAStructureIsItsOwnTextJoined() {
    XmlNode n = parse("<a> 1 <b>x</b> 2 <c/>\n</a>");
    assertThat(n.text()).isEqualTo(" 1  2 \n");
    assertThat(n.childText("b")).isEqualTo("x");
  }

  @Test
  void readMarksWorkPastSixtyFourChildren() {
    StringBuilder xml = new StringBuilder("<a>");
    for (int i = 0; i < 130; i++) {
      xml.append("<c").append(i).append(">").append(i).append("</c").append(i).append(">");
    }
    XmlNode n = parse(xml.append("</a>").toString());
    for (int i = 0; i < 130; i++) {
      if (i != 5 && i != 70 && i != 129) {
        assertThat(n.childText("c" + i)).isEqualTo(String.valueOf(i));
      }
    }
    assertThat(n.unreadChildren()).containsExactly(java.util.Map.entry("c5", "5"), java.util.Map.entry("c70", "70"),
        java.util.Map.entry("c129", "129"));
  }

  @Test
  void lookupsOutOfOrderAndRepeatedNamesKeepTheirMeaning() {
    XmlNode n = parse("<a><x>1</x><y>2</y><x>3</x><z><q>4</q></z></a>");
    assertThat(n.childText("y")).isEqualTo("2");
    assertThat(n.unreadChildren()).containsExactly(java.util.Map.entry("x", "1"),
        java.util.Map.entry("z", "<q>4</q>"));
    assertThat(n.childText("x")).isEqualTo("1");
    assertThat(n.unreadChildren()).containsExactly(java.util.Map.entry("z", "<q>4</q>"));
    XmlNode d = parse("<a><x>1</x><y>2</y><z>3</z></a>");
    assertThat(d.childText("z")).isEqualTo("3");
    assertThat(d.childText("x")).isEqualTo("1");
    assertThat(d.childText("z")).isEqualTo("3");
    assertThat(d.childText("w")).isNull();
    assertThat(d.unreadChildren()).containsExactly(java.util.Map.entry("y", "2"));
  }
}
