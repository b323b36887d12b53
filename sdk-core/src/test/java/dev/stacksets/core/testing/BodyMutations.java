package dev.stacksets.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile variations of a valid reply body for reader properties: truncation, byte flips, deleted and duplicated
 * spans, and hostile snippets (huge numbers, wrong types, unknown members, deep nesting) inserted anywhere; one to
 * three of them applied in turn.
 */
public final class BodyMutations {
  private static final List<String> SNIPPETS = List.of(
      "100000000000000000000", "1e99999999", "-1e-99999999", "\"x\"", "null", "true", "[]", "{}", "{\"x\":[1,{}]}",
      ",\"unknown_member\":{\"a\":[1,2,3]}", "<Unknown><a>1</a></Unknown>", "<member/>", "&#x2F;", "&bogus;",
      "\\u0000", "\uD800", "\u0000", "<![CDATA[x]]>", "<!DOCTYPE a [<!ENTITY e \"x\">]>", "&e;",
      "[".repeat(3000), "{\"a\":".repeat(3000), "<a>".repeat(3000), "</a>".repeat(50));

  private BodyMutations() {}

  /** One to three mutations of {@code valid}. */
  public static Arbitrary<byte[]> of(String valid) {
    byte[] base = valid.getBytes(StandardCharsets.UTF_8);
    Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, Integer.MAX_VALUE),
        Arbitraries.of(SNIPPETS)).as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(3).map(ms -> {
      byte[] b = base;
      for (Mutation m : ms) {
        b = m.apply(b);
      }
      return b;
    });
  }

  private record Mutation(int kind, int x, int y, String snippet) {
    byte[] apply(byte[] b) {
      int n = b.length;
      int i = n == 0 ? 0 : x % (n + 1);
      int j = n == 0 ? 0 : Math.min(n, i + y % 40);
      switch (kind) {
        case 0:
          return Arrays.copyOf(b, i); // truncated
        case 1: {
          if (n == 0) {
            return b;
          }
          byte[] c = b.clone();
          c[Math.min(i, n - 1)] ^= (byte) (1 << (y % 8)); // one bit flipped
          return c;
        }
        case 2:
          return concat(Arrays.copyOfRange(b, 0, i), Arrays.copyOfRange(b, j, n)); // span deleted
        case 3:
          return concat(Arrays.copyOfRange(b, 0, j), Arrays.copyOfRange(b, i, n)); // span duplicated
        case 4:
          return concat(Arrays.copyOfRange(b, 0, i), snippet.getBytes(StandardCharsets.UTF_8),
              Arrays.copyOfRange(b, i, n)); // snippet inserted
        default:
          return concat(Arrays.copyOfRange(b, 0, i), snippet.getBytes(StandardCharsets.UTF_8),
              Arrays.copyOfRange(b, j, n)); // span replaced by a snippet
      }
    }
  }

  private static byte[] concat(byte[]... parts) {
    List<byte[]> list = new ArrayList<>(Arrays.asList(parts));
    int total = list.stream().mapToInt(p -> p.length).sum();
    byte[] out = new byte[total];
    int at = 0;
    for (byte[] p : list) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
