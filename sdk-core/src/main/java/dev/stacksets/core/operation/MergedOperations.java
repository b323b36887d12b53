package dev.stacksets.core.operation;

import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.internal.util.Require;
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
 * <p>Every source must list newest first (operations without a creation time last). The merge checks this as it
 * reads: an item newer than the one read before it from the same source ends the iteration with a non-retryable
 * {@link ClientSideException} naming the source (its position in the merge, provider and stack set) and the two
 * operations, instead of silently handing out a misordered stream. The check is lazy like the merge, so the items
 * handed out before it fired are in order among themselves, but the failure comes when it is found, not up front.
 * The RFS view asks the service for newest first; CloudFormation's {@code ListStackSetOperations} promises no order
 * (AWS lists newest first, moto oldest first), and sorting it would mean reading every page first.
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
    private ClientSideException outOfOrder; // once found, every later call fails the same way

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
      if (outOfOrder != null) {
        throw outOfOrder;
      }
      if (taken != null) {
        Head h = taken;
        taken = null;
        Head next = next(h.source, h.rest);
        if (next != null) {
          outOfOrder = checkOrder(h.item, next);
          if (outOfOrder != null) {
            throw outOfOrder;
          }
          heads.add(next);
        }
      }
      return heads;
    }

    private void offer(int source, Iterator<StackSetOperation> it) {
      Head next = next(source, it);
      if (next != null) {
        heads.add(next);
      }
    }

    private static Head next(int source, Iterator<StackSetOperation> it) {
      return it.hasNext() ? new Head(it.next(), source, it) : null;
    }

    /** The failure when {@code next}, read after {@code previous} from the same source, is newer; else null. */
    private static ClientSideException checkOrder(StackSetOperation previous, Head next) {
      if (NEWEST_FIRST.compare(previous.createdAt(), next.item.createdAt()) > 0) {
        StackSetOperation op = next.item;
        return new ClientSideException("listing " + (next.source + 1) + " of the merge (" + op.provider()
            + " stack set " + op.stackSetName() + ") is not newest first: operation " + describe(op)
            + " follows operation " + describe(previous));
      }
      return null;
    }

    private static String describe(StackSetOperation op) {
      return op.operationId() + (op.createdAt() == null ? " (no creation time)" : " (created " + op.createdAt() + ")");
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
