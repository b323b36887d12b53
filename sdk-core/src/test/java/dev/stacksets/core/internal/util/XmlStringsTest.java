package dev.stacksets.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlStringsTest {

  /** Twelve-byte names equal in every byte the cheap hash samples (0, 3, 6, 8, 11): one hash for all of them. */
  private static List<byte[]> collidingNames(int count) {
    List<byte[]> out = new ArrayList<>();
    String letters = "abcdefghijklmnopqrstuvwxyz";
    for (int n = 0; n < count; n++) {
      char[] c = "aXXaXXaXaXXa".toCharArray();
      int v = n;
      for (int pos : new int[] {1, 2, 4, 5, 7, 9, 10}) {
        c[pos] = letters.charAt(v % 26);
        v /= 26;
      }
      out.add(new String(c).getBytes(StandardCharsets.US_ASCII));
    }
    return out;
  }

  @Test
  void distinctNamesWithOneHashStayOneInstanceEachWithoutQuadraticProbing() {
    List<byte[]> names = collidingNames(200_000);
    // one document, as in a parse: the table remembers where in it a name's bytes are
    byte[] doc = new byte[names.size() * 12];
    for (int i = 0; i < names.size(); i++) {
      System.arraycopy(names.get(i), 0, doc, i * 12, 12);
    }
    // a hang guard only (quadratic probing would take minutes); the assertions are about identity
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      XmlStrings strings = new XmlStrings();
      List<String> first = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        first.add(strings.name(doc, i * 12, 12, true, false));
      }
      for (int i = 0; i < names.size(); i++) {
        String again = strings.name(doc, i * 12, 12, true, false);
        assertThat(again).isSameAs(first.get(i)).isEqualTo(new String(names.get(i), StandardCharsets.US_ASCII));
      }
      assertThat(first.stream().distinct().count()).isEqualTo(names.size());
    });
  }

  @Test
  void aNameIsTheSameInstanceWhereverItsBytesAre() {
    byte[] doc = "<member><member>x".getBytes(StandardCharsets.US_ASCII);
    XmlStrings strings = new XmlStrings();
    assertThat(strings.name(doc, 1, 6, true, false)).isSameAs(strings.name(doc, 9, 6, true, false))
        .isEqualTo("member");
  }
}
