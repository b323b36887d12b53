package dev.stacksets.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PagingAndFilterTest {
  @Test
  void tokensRoundTripAndRefuseAnyChange() {
    PageTokens tokens = new PageTokens();
    String t = tokens.issue("scope-a", new PageKey(1234567890123L, "op-1/日志"), false);
    assertThat(tokens.parse(t, "scope-a")).isEqualTo(new PageTokens.Cursor(new PageKey(1234567890123L, "op-1/日志"),
        false));
    assertThat(tokens.parse(t, "scope-b")).isNull();
    assertThat(new PageTokens().parse(t, "scope-a")).isNull(); // another emulator's secret
    byte[] raw = Base64.getUrlDecoder().decode(t);
    for (int i = 0; i < raw.length; i++) {
      byte[] copy = raw.clone();
      copy[i] ^= 1;
      assertThat(tokens.parse(Base64.getUrlEncoder().withoutPadding().encodeToString(copy), "scope-a")).isNull();
    }
    assertThat(tokens.parse("", "scope-a")).isNull();
    assertThat(tokens.parse("!!!", "scope-a")).isNull();
    assertThat(tokens.parse(t.substring(0, 10), "scope-a")).isNull();
  }

  @Test
  void pagesContinueFromTheKeyEvenWhenItemsArrive() {
    List<Integer> items = List.of(10, 20, 30, 40, 50);
    Pager.Page<Integer> first = Pager.page(items, i -> new PageKey(i, ""), PageKey.ASC, null, 2);
    assertThat(first.items()).containsExactly(10, 20);
    assertThat(first.moreAfter()).isTrue();
    assertThat(first.moreBefore()).isFalse();
    List<Integer> grown = List.of(5, 10, 15, 20, 30, 40, 50);
    Pager.Page<Integer> next = Pager.page(grown, i -> new PageKey(i, ""), PageKey.ASC,
        new PageTokens.Cursor(new PageKey(20, ""), false), 2);
    assertThat(next.items()).containsExactly(30, 40);
    Pager.Page<Integer> back = Pager.page(grown, i -> new PageKey(i, ""), PageKey.ASC,
        new PageTokens.Cursor(new PageKey(30, ""), true), 2);
    assertThat(back.items()).containsExactly(15, 20);
    assertThat(back.moreBefore()).isTrue();
  }

  @Test
  void filterGrammar() {
    Map<String, Set<String>> allowed = Map.of("status", Set.of("A", "B", "C"), "region", Set.of());
    RfsFilter f = RfsFilter.parse("status==A|status==B,region==cn-north-4", allowed);
    assertThat(f.matches(n -> n.equals("status") ? "A" : "cn-north-4")).isTrue();
    assertThat(f.matches(n -> n.equals("status") ? "C" : "cn-north-4")).isFalse();
    assertThat(f.matches(n -> n.equals("status") ? "B" : "cn-east-3")).isFalse();
    assertThat(RfsFilter.parse("status==A;", allowed).matches(n -> "Z")).isTrue();
    assertThat(RfsFilter.parse("", allowed).matches(n -> "Z")).isTrue();
    assertThat(f.canonical()).isEqualTo(RfsFilter.parse("region==cn-north-4,status==B|status==A", allowed)
        .canonical());
    for (String bad : new String[] {"status=A", "status==A|region==x", "status==A,status==B", "color==red",
        "status==D", "status==A,", ",status==A", "status==A B", "status==", "status==A==B"}) {
      assertThatThrownBy(() -> RfsFilter.parse(bad, allowed)).as(bad).isInstanceOf(BadInput.class);
    }
  }
}
