package dev.stacksets.core.paginate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.exception.ClientSideException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of {@link Paginator} over arbitrary page and token sequences: every item in order, the end on a null
 * or empty token, a repeated token ending in a {@link ClientSideException} after the page that carried it, and
 * every new iterator starting again from the first page.
 */
class PaginatorPropertyTest {

  /** A scripted service: page i answers token i-1 (null for the first), and records the tokens it was asked for. */
  private static final class Service implements PageFetcher<Integer> {
    final List<List<Integer>> items;
    final List<String> tokens;
    final List<String> asked = new ArrayList<>();
    int position = -1;

    Service(List<List<Integer>> items, List<String> tokens) {
      this.items = items;
      this.tokens = tokens;
    }

    @Override
    public Page<Integer> fetch(String token) {
      asked.add(token);
      position = token == null ? 0 : position + 1; // a null token starts again
      assertThat(token).as("token of request %s", position)
          .isEqualTo(position == 0 ? null : tokens.get(position - 1));
      return Page.of(items.get(position), tokens.get(position));
    }
  }

  @Provide
  Arbitrary<List<List<Integer>>> pages() {
    return Arbitraries.integers().list().ofMaxSize(5).list().ofMinSize(1).ofMaxSize(8);
  }

  /** Distinct non-empty tokens (any characters, blanks included: only null and "" end paging). */
  @Provide
  Arbitrary<List<String>> distinctTokens() {
    // distinct by construction (a uniqueness filter is slow to generate): arbitrary text around the position
    return Arbitraries.strings().ofMaxLength(10).list().ofSize(8).map(l -> {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        String s = l.get(i);
        out.add(s.substring(0, s.length() / 2) + i + s.substring(s.length() / 2));
      }
      return out;
    });
  }

  @Property
  void yieldsEveryItemInOrderAndStopsOnANullOrEmptyToken(@ForAll("pages") List<List<Integer>> items,
      @ForAll("distinctTokens") List<String> distinct, @ForAll boolean emptyEnd) {
    List<String> tokens = new ArrayList<>(distinct.subList(0, items.size() - 1));
    tokens.add(emptyEnd ? "" : null);
    Service service = new Service(items, tokens);
    Paginator<Integer> paginator = Paginator.of(service);
    List<Integer> expected = items.stream().flatMap(List::stream).collect(Collectors.toList());

    List<Integer> first = new ArrayList<>();
    paginator.forEach(first::add);
    List<Integer> again = paginator.stream().collect(Collectors.toList());

    assertThat(first).isEqualTo(expected);
    assertThat(again).isEqualTo(expected);
    assertThat(service.asked).hasSize(2 * items.size());
    assertThat(service.asked.get(items.size())).as("the second iteration starts at the first page").isNull();
  }

  @Property
  void aRepeatedTokenEndsInAClientSideErrorAfterThePageThatCarriedIt(@ForAll("pages") List<List<Integer>> items,
      @ForAll("distinctTokens") List<String> distinct, @ForAll @IntRange(min = 0, max = 7) int repeatAt,
      @ForAll @IntRange(min = 0, max = 7) int repeatOf) {
    int last = Math.min(repeatAt, items.size() - 1);
    int earlier = Math.min(repeatOf, last);
    // tokens 0..last-1 distinct; token 'last' repeats token 'earlier' (itself only when earlier == last: skip)
    if (earlier == last) {
      earlier = last - 1;
    }
    if (earlier < 0) {
      return; // one page cannot repeat a token
    }
    List<String> tokens = new ArrayList<>(distinct.subList(0, last));
    tokens.add(distinct.get(earlier));
    Service service = new Service(items, tokens);
    List<Integer> expected = items.subList(0, last + 1).stream().flatMap(List::stream).collect(Collectors.toList());

    Iterator<Integer> it = Paginator.of(service).iterator();
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(() -> {
      while (it.hasNext()) {
        seen.add(it.next());
      }
    }).isExactlyInstanceOf(ClientSideException.class).hasMessageContaining("twice");

    assertThat(seen).isEqualTo(expected);
    assertThat(service.asked).hasSize(last + 1);
    assertThat(it.hasNext()).as("after the error the iteration is over").isFalse();
  }

  @Property
  void eachPagesIterableStartsFromTheFirstPage(@ForAll @Size(min = 1, max = 4) List<@IntRange(max = 3) Integer> n) {
    List<List<Integer>> items = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      List<Integer> page = new ArrayList<>();
      for (int k = 0; k < n.get(i); k++) {
        page.add(i * 10 + k);
      }
      items.add(page);
      tokens.add(i == n.size() - 1 ? null : "t" + i);
    }
    Service service = new Service(items, tokens);
    Paginator<Integer> paginator = Paginator.of(service);

    List<Page<Integer>> once = new ArrayList<>();
    paginator.pages().forEach(once::add);
    service.asked.clear();
    List<Page<Integer>> twice = new ArrayList<>();
    paginator.pages().forEach(twice::add);

    assertThat(twice).isEqualTo(once);
    assertThat(once).extracting(Page::items).isEqualTo(items);
  }
}
