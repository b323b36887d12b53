package dev.stacksets.core.operation;

import dev.stacksets.core.internal.Require;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Several newest-first operation listings merged into one newest-first sequence, lazily (k-way merge over the
 * sources' iterators: only the head item of each source is held, so a source's next page is fetched only when its
 * items come next). Each {@link #iterator()} starts every source again from its first page. Ties on creation time
 * keep source order; operations without a creation time come last.
 *
 * <p>Thread-safe to share; each iterator is for one thread.
 *
 * <pre>{@code
 * StackSetOperationView.merge(rfs.operations().listOperations("a"), cfn.operations().listOperations("b"))
 *     .stream().limit(20).forEach(op -> System.out.println(op.provider() + " " + op.operationId()));
 * }</pre>
 */
public final class MergedOperations implements Iterable<StackSetOperation> {
  /** Newest first; null creation times last. */
  static final Comparator<Instant> NEWEST_FIRST = Comparator.nullsLast(Comparator.<Instant>reverseOrder());

  private final List<Iterable<StackSetOperation>> sources;

  MergedOperations(List<? extends Iterable<StackSetOperation>> sources) {
    this.sources = List.copyOf(Require.noNullElements(sources, "listings"));
  }

  @Override
  public Iterator<StackSetOperation> iterator() {
    return new MergingIterator(sources);
  }

  /** A sequential stream over the merged sequence. */
  public Stream<StackSetOperation> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private static final class Head {
    final StackSetOperation item;
    final int source;
    final Iterator<StackSetOperation> rest;

    Head(StackSetOperation item, int source, Iterator<StackSetOperation> rest) {
      this.item = item;
      this.source = source;
      this.rest = rest;
    }
  }

  private static final class MergingIterator implements Iterator<StackSetOperation> {
    private final List<Iterable<StackSetOperation>> sources;
    private PriorityQueue<Head> heads;
    private Head taken; // the source of the last item handed out is refilled only when more is asked for

    MergingIterator(List<Iterable<StackSetOperation>> sources) {
      this.sources = sources;
    }

    private PriorityQueue<Head> heads() {
      if (heads == null) { // first use: take the head of every source (one page each)
        heads = new PriorityQueue<>(Math.max(1, sources.size()),
            Comparator.<Head, Instant>comparing(h -> h.item.createdAt(), NEWEST_FIRST)
                .thenComparingInt(h -> h.source));
        for (int i = 0; i < sources.size(); i++) {
          offer(i, sources.get(i).iterator());
        }
      }
      if (taken != null) {
        Head h = taken;
        taken = null;
        offer(h.source, h.rest);
      }
      return heads;
    }

    private void offer(int source, Iterator<StackSetOperation> it) {
      if (it.hasNext()) {
        heads.add(new Head(it.next(), source, it));
      }
    }

    @Override
    public boolean hasNext() {
      return !heads().isEmpty();
    }

    @Override
    public StackSetOperation next() {
      Head h = heads().poll();
      if (h == null) {
        throw new NoSuchElementException();
      }
      taken = h;
      return h.item;
    }
  }
}
