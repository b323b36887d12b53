package dev.stacksets.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The XML reader: local names, text, member lists, hostile input, concurrent use. */
class XmlParserTest {

  private static XmlNode parse(String xml) {
    return XmlParser.parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theReaderIsOursWhateverTheClasspathOrSystemPropertiesName() {
    // was: XmlParser.newFactory() is the JDK's StAX factory; the parser no longer uses javax.xml at all
    String property = "javax.xml.stream.XMLInputFactory";
    String saved = System.getProperty(property);
    System.setProperty(property, "com.example.NoSuchXmlInputFactory");
    try {
      assertThat(parse("<R><T>x</T></R>").childText("T")).isEqualTo("x");
    } finally {
      if (saved == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, saved);
      }
    }
  }

  @Test
  void readsLocalNamesTextAndMembers() {
    XmlNode root = parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a:R xmlns:a=\"urn:x\" xmlns=\"urn:y\">"
        + "<L><member>one</member><other>x</other><member><![CDATA[t<w>o]]></member></L><E/><T>a &amp; b</T></a:R>");

    assertThat(root.name()).isEqualTo("R");
    assertThat(root.members("L")).extracting(XmlNode::text).containsExactly("one", "t<w>o");
    assertThat(root.members("E")).isEmpty();
    assertThat(root.members("Missing")).isNull();
    assertThat(root.childText("T")).isEqualTo("a & b");
    assertThat(root.childText("E")).isEmpty();
    assertThat(root.childText("Missing")).isNull();
  }

  @Test
  void decodesOtherEncodingsDeclaredInTheProlog() {
    byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><R><T>caf\u00e9</T></R>"
        .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(XmlParser.parse(latin1).childText("T")).isEqualTo("caf\u00e9");
  }

  @Test
  void rejectsWhatIsNotADocument() {
    assertThatThrownBy(() -> parse("")).isInstanceOf(XmlParser.XmlParseException.class);
    assertThatThrownBy(() -> parse("not xml")).isInstanceOf(XmlParser.XmlParseException.class);
    assertThatThrownBy(() -> parse("<a><b></a>")).isInstanceOf(XmlParser.XmlParseException.class);
    assertThatThrownBy(() -> parse("<a>" + "<b>".repeat(100) + "</b>".repeat(100) + "</a>"))
        .isInstanceOf(XmlParser.XmlParseException.class).hasMessageContaining("deeper");
  }

  @Test
  void rejectsEntityExpansion() {
    String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>";

    assertThatThrownBy(() -> parse(billionLaughs)).isInstanceOf(XmlParser.XmlParseException.class);
  }

  @Test
  void isSafeToUseFromManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int id = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 300; i++) {
            String v = id + "-" + i;
            XmlNode n = parse("<R><S><member>" + v + "</member></S><N>" + v + "</N></R>");
            if (!v.equals(n.childText("N")) || !v.equals(n.members("S").get(0).text())) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
