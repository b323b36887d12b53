package dev.stacksets.core.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.core.paginate.Paginator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MergedOperationsTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** A paged source whose fetches are recorded as "name:pageIndex". */
  private static Paginator<StackSetOperation> source(String name, Provider provider, List<String> fetches,
      int[][] pagesOfMinutes) {
    return Paginator.of(token -> {
      int page = token == null ? 0 : Integer.parseInt(token);
      fetches.add(name + ":" + page);
      List<StackSetOperation> items = new ArrayList<>();
      for (int minute : pagesOfMinutes[page]) {
        items.add(StackSetOperation.builder().provider(provider).stackSetName(name)
            .operationId(name + "-" + minute).createdAt(T0.plusSeconds(60L * minute)).build());
      }
      return Page.of(items, page + 1 < pagesOfMinutes.length ? Integer.toString(page + 1) : null);
    });
  }

  @Test
  void mergesThreeSourcesNewestFirstFetchingOnlyNeededPages() {
    List<String> fetches = new ArrayList<>();
    Paginator<StackSetOperation> a = source("a", Provider.RFS, fetches, new int[][] {{100, 90, 80}, {30, 20}});
    Paginator<StackSetOperation> b = source("b", Provider.CLOUDFORMATION, fetches,
        new int[][] {{95}, {85}, {}, {10}});
    Paginator<StackSetOperation> c = source("c", Provider.RFS, fetches, new int[][] {{99, 98, 97, 96, 50, 40}});

    Iterator<StackSetOperation> it = StackSetOperationView.merge(a, b, c).iterator();
    List<String> firstFive = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      firstFive.add(it.next().operationId());
    }

    assertThat(firstFive).containsExactly("a-100", "c-99", "c-98", "c-97", "c-96");
    // the head of every source is one page each; nothing else has been needed yet
    assertThat(fetches).containsExactly("a:0", "b:0", "c:0");

    List<String> rest = new ArrayList<>();
    it.forEachRemaining(op -> rest.add(op.operationId()));
    assertThat(rest).containsExactly("b-95", "a-90", "b-85", "a-80", "c-50", "c-40", "a-30", "a-20", "b-10");
    assertThat(fetches).containsExactly("a:0", "b:0", "c:0", "b:1", "b:2", "b:3", "a:1");
  }

  @Test
  void stoppingEarlyFetchesNothingMore() {
    List<String> fetches = new ArrayList<>();
    Paginator<StackSetOperation> a = source("a", Provider.RFS, fetches, new int[][] {{100}, {50}, {10}});
    Paginator<StackSetOperation> b = source("b", Provider.CLOUDFORMATION, fetches, new int[][] {{90}, {5}});

    List<String> top2 = StackSetOperationView.merge(a, b).stream().limit(2).map(StackSetOperation::operationId)
        .collect(Collectors.toList());

    assertThat(top2).containsExactly("a-100", "b-90");
    assertThat(fetches).containsExactly("a:0", "b:0", "a:1");
  }

  @Test
  void eachIterationStartsAgainAndTiesKeepSourceOrder() {
    List<String> fetches = new ArrayList<>();
    Paginator<StackSetOperation> a = source("a", Provider.RFS, fetches, new int[][] {{10}});
    Paginator<StackSetOperation> b = source("b", Provider.CLOUDFORMATION, fetches, new int[][] {{10}});
    MergedOperations merged = StackSetOperationView.merge(List.of(a, b));

    assertThat(merged.stream().map(StackSetOperation::operationId)).containsExactly("a-10", "b-10");
    assertThat(merged.stream().map(StackSetOperation::operationId)).containsExactly("a-10", "b-10");
    assertThat(fetches).containsExactly("a:0", "b:0", "a:0", "b:0");
  }

  @Test
  void operationsWithoutCreationTimeComeLastAndEmptySourcesAreFine() {
    StackSetOperation undated = StackSetOperation.builder().provider(Provider.RFS).operationId("x").build();
    StackSetOperation dated = StackSetOperation.builder().provider(Provider.RFS).operationId("y")
        .createdAt(T0).build();
    MergedOperations merged = StackSetOperationView.merge(List.of(undated), List.of(), List.of(dated));
    assertThat(merged.stream().map(StackSetOperation::operationId)).containsExactly("y", "x");
    assertThat(StackSetOperationView.merge().iterator().hasNext()).isFalse();
  }

  @Test
  void aSourceListedOldestFirstFailsClearlyInsteadOfMisordering() {
    List<String> fetches = new ArrayList<>();
    Paginator<StackSetOperation> newestFirst = source("rfs-set", Provider.RFS, fetches, new int[][] {{50, 40}});
    // moto lists CloudFormation operations oldest first; the API promises no order
    Paginator<StackSetOperation> oldestFirst = source("cfn-set", Provider.CLOUDFORMATION, fetches,
        new int[][] {{10, 20}, {30}});

    Iterator<StackSetOperation> it = StackSetOperationView.merge(newestFirst, oldestFirst).iterator();
    List<String> seen = new ArrayList<>();
    Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> it.forEachRemaining(
        op -> seen.add(op.operationId())));

    assertThat(e).isExactlyInstanceOf(ClientSideException.class).hasMessage(
        "listing 2 of the merge (CLOUDFORMATION stack set cfn-set) is not newest first: operation cfn-set-20 "
            + "(created 2026-01-01T00:20:00Z) follows operation cfn-set-10 (created 2026-01-01T00:10:00Z)");
    assertThat(((ClientSideException) e).isRetryable()).isFalse();
    // the failure comes as soon as the bad source's second item is read, before anything more is handed out
    assertThat(seen).containsExactly("rfs-set-50", "rfs-set-40", "cfn-set-10");
    assertThat(fetches).containsExactly("rfs-set:0", "cfn-set:0");
    // asking again does not carry on without the bad source
    assertThat(org.assertj.core.api.Assertions.catchThrowable(it::hasNext)).isSameAs(e);
  }

  @Test
  void aDatedOperationAfterAnUndatedOneIsOutOfOrder() {
    StackSetOperation undated = StackSetOperation.builder().provider(Provider.RFS).stackSetName("s")
        .operationId("x").build();
    StackSetOperation dated = StackSetOperation.builder().provider(Provider.RFS).stackSetName("s")
        .operationId("y").createdAt(T0).build();

    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> StackSetOperationView.merge(List.of(undated, dated)).stream().count()))
        .isExactlyInstanceOf(ClientSideException.class).hasMessage("listing 1 of the merge (RFS stack set s) is "
            + "not newest first: operation y (created 2026-01-01T00:00:00Z) follows operation x (no creation time)");
  }
}
