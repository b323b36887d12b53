package dev.stacksets.core.paginate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.exception.ClientSideException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PaginatorTest {

  /** Serves pages from a token-to-page table and records every token it is asked for. */
  private static final class Pages implements PageFetcher<String> {
    final Map<String, Page<String>> byToken;
    final List<String> asked = new ArrayList<>();

    Pages(Map<String, Page<String>> byToken) {
      this.byToken = byToken;
    }

    @Override
    public Page<String> fetch(String token) {
      asked.add(token);
      Page<String> page = byToken.get(token == null ? "" : token);
      if (page == null) {
        throw new AssertionError("unexpected token " + token);
      }
      return page;
    }
  }

  private static Pages threePages() {
    return new Pages(Map.of(
        "", Page.of(List.of("a", "b"), "t1"),
        "t1", Page.of(List.of("c"), "t2"),
        "t2", Page.of(List.of("d", "e"), null)));
  }

  @Test
  void mapMapsPageByPageAsThePagesAreFetched() {
    Pages pages = threePages();
    Paginator<String> upper = Paginator.of(pages).map(String::toUpperCase);
    assertThat(pages.asked).isEmpty(); // nothing fetched before iteration

    Iterator<String> it = upper.iterator();
    assertThat(it.next()).isEqualTo("A");
    assertThat(pages.asked).containsExactly((String) null);
    assertThat(upper.stream().toList()).containsExactly("A", "B", "C", "D", "E");
    assertThat(upper.pages()).extracting(Page::nextToken).containsExactly("t1", "t2", null);
    assertThatThrownBy(() -> upper.map(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mapper");
  }

  @Test
  void iteratesAllItemsOfThreePages() {
    Pages pages = threePages();
    List<String> items = new ArrayList<>();
    Paginator.of(pages).forEach(items::add);

    assertThat(items).containsExactly("a", "b", "c", "d", "e");
    assertThat(pages.asked).containsExactly(null, "t1", "t2");
  }

  @Test
  void nothingIsFetchedBeforeIteration() {
    Pages pages = threePages();
    Paginator<String> p = Paginator.of(pages);
    p.iterator();
    p.stream();
    p.pages();
    assertThat(pages.asked).isEmpty();
  }

  @Test
  void emptyPageInTheMiddleIsSkipped() {
    Pages pages = new Pages(Map.of(
        "", Page.of(List.of("a"), "t1"),
        "t1", Page.of(List.of(), "t2"),
        "t2", Page.of(List.of("b"), "")));

    assertThat(Paginator.of(pages).stream().toList()).containsExactly("a", "b");
    assertThat(pages.asked).containsExactly(null, "t1", "t2");
  }

  @Test
  void emptyFirstAndOnlyPage() {
    Pages pages = new Pages(Map.of("", Page.of(List.of(), null)));
    assertThat(Paginator.of(pages).iterator().hasNext()).isFalse();
    assertThat(pages.asked).containsExactly((String) null);
  }

  @Test
  void repeatedTokenIsAClientSideExceptionNotAnEndlessLoop() {
    Pages pages = new Pages(Map.of(
        "", Page.of(List.of("a"), "t1"),
        "t1", Page.of(List.of("b"), "t2"),
        "t2", Page.of(List.of("c"), "t1")));
    Iterator<String> it = Paginator.of(pages).iterator();

    assertThat(it.next()).isEqualTo("a");
    assertThat(it.next()).isEqualTo("b");
    // the items of the page that carried the repeated token are still delivered
    assertThat(it.next()).isEqualTo("c");
    assertThatThrownBy(it::hasNext).isInstanceOf(ClientSideException.class).hasMessageContaining("t1")
        .satisfies(e -> assertThat(((ClientSideException) e).isRetryable()).isFalse());
    assertThat(pages.asked).containsExactly(null, "t1", "t2");
  }

  @Test
  void tokenRepeatingItselfIsCaught() {
    Pages pages = new Pages(Map.of(
        "", Page.of(List.of("a"), "same"),
        "same", Page.of(List.of("b"), "same")));
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> Paginator.of(pages).forEach(seen::add)).isInstanceOf(ClientSideException.class);
    assertThat(seen).containsExactly("a", "b");
    assertThat(pages.asked).containsExactly(null, "same");
  }

  @Test
  void eachIteratorStartsFromPageOne() {
    Pages pages = threePages();
    Paginator<String> p = Paginator.of(pages);

    Iterator<String> first = p.iterator();
    assertThat(first.next()).isEqualTo("a");
    assertThat(first.next()).isEqualTo("b");
    assertThat(first.next()).isEqualTo("c");

    assertThat(p.stream().toList()).containsExactly("a", "b", "c", "d", "e");
    assertThat(p.stream().toList()).containsExactly("a", "b", "c", "d", "e");
    assertThat(pages.asked).containsExactly(null, "t1", null, "t1", "t2", null, "t1", "t2");
    // and the first iterator carries on where it was
    assertThat(first.next()).isEqualTo("d");
  }

  @Test
  void restartedIteratorDoesNotTripTheRepeatedTokenCheck() {
    Paginator<String> p = Paginator.of(threePages());
    for (int i = 0; i < 3; i++) {
      assertThat(p).containsExactly("a", "b", "c", "d", "e");
    }
  }

  @Test
  void stoppingEarlyFetchesNoFurtherPages() {
    Pages pages = threePages();

    assertThat(Paginator.of(pages).stream().limit(2).toList()).containsExactly("a", "b");
    assertThat(pages.asked).containsExactly((String) null);

    pages.asked.clear();
    for (String s : Paginator.of(pages)) {
      if (s.equals("c")) {
        break;
      }
    }
    assertThat(pages.asked).containsExactly(null, "t1");

    pages.asked.clear();
    assertThat(Paginator.of(pages).stream().anyMatch("b"::equals)).isTrue();
    assertThat(pages.asked).containsExactly((String) null);
  }

  @Test
  void pagesViewShowsEachPageWithItsToken() {
    Pages pages = threePages();
    List<Page<String>> seen = new ArrayList<>();
    Paginator.of(pages).pages().forEach(seen::add);

    assertThat(seen).containsExactly(Page.of(List.of("a", "b"), "t1"), Page.of(List.of("c"), "t2"),
        Page.of(List.of("d", "e"), null));
    assertThat(seen.get(0).hasNextPage()).isTrue();
    assertThat(seen.get(2).hasNextPage()).isFalse();

    // pages() restarts too, and is lazy
    Iterator<Page<String>> again = Paginator.of(pages).pages().iterator();
    pages.asked.clear();
    assertThat(again.next().items()).containsExactly("a", "b");
    assertThat(pages.asked).containsExactly((String) null);
  }

  @Test
  void pagesViewIncludesEmptyPages() {
    Pages pages = new Pages(Map.of(
        "", Page.of(List.of("a"), "t1"),
        "t1", Page.of(List.of(), "t2"),
        "t2", Page.of(List.of("b"), null)));
    List<Integer> sizes = new ArrayList<>();
    Paginator.of(pages).pages().forEach(page -> sizes.add(page.items().size()));
    assertThat(sizes).containsExactly(1, 0, 1);
  }

  @Test
  void exhaustedIteratorsThrowNoSuchElement() {
    Iterator<String> it = Paginator.of(new Pages(Map.of("", Page.of(List.of("a"), null)))).iterator();
    assertThat(it.next()).isEqualTo("a");
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);

    Iterator<Page<String>> pages = Paginator.of(new Pages(Map.of("", Page.of(List.of("a"), null)))).pages()
        .iterator();
    pages.next();
    assertThat(pages.hasNext()).isFalse();
    assertThatThrownBy(pages::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void fetcherErrorsSurfaceWhileIterating() {
    RuntimeException boom = new IllegalStateException("service failed");
    Paginator<String> p = Paginator.of(token -> {
      if (token == null) {
        return Page.of(List.of("a"), "t1");
      }
      throw boom;
    });
    Iterator<String> it = p.iterator();
    assertThat(it.next()).isEqualTo("a");
    assertThatThrownBy(it::hasNext).isSameAs(boom);
  }

  @Test
  void nullPageIsAClientSideException() {
    assertThatThrownBy(() -> Paginator.<String>of(token -> null).iterator().hasNext())
        .isInstanceOf(ClientSideException.class);
  }

  @Test
  void pageCopiesItsItems() {
    List<String> items = new ArrayList<>(List.of("a"));
    Page<String> page = Page.of(items, "t");
    items.add("b");
    assertThat(page.items()).containsExactly("a");
    assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Page.of(List.of(), "").hasNextPage()).isFalse();
  }
}
