package dev.stacksets.cfn.internal;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.internal.ModelText;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the paged CloudFormation and Config replies share: the page's items (absent and empty kept apart), the
 * {@code NextToken} and the response metadata; held, copied, compared and rendered in one place.
 *
 * <p>A reply builder owns a mutable instance; {@link #frozen()} gives the reply its own copy with an unmodifiable
 * list, which it never changes. Equality covers the data (items and token), not the metadata. Not thread-safe on its
 * own.
 *
 * @param <T> the item type
 */
public final class TokenPage<T> {
  private final String itemsName;
  private List<T> items;
  private String nextToken;
  private ResponseMetadata responseMetadata;

  /** @param itemsName the Java name of the item list, used in messages and {@code toString()} */
  public TokenPage(String itemsName) {
    this.itemsName = itemsName;
  }

  /** A copy with an unmodifiable list and the metadata defaulted to {@link ResponseMetadata#none()}. */
  public TokenPage<T> frozen() {
    TokenPage<T> c = new TokenPage<>(itemsName);
    c.items = items == null ? null : List.copyOf(items);
    c.nextToken = nextToken;
    c.responseMetadata = responseMetadata == null ? ResponseMetadata.none() : responseMetadata;
    return c;
  }

  /** A copy sharing the (unmodifiable) list: what {@code toBuilder()} starts from. */
  public TokenPage<T> copy() {
    TokenPage<T> c = new TokenPage<>(itemsName);
    c.items = items;
    c.nextToken = nextToken;
    c.responseMetadata = responseMetadata;
    return c;
  }

  /**
   * Copies and replaces the items; null clears them.
   *
   * @throws IllegalArgumentException naming the list when it holds a null
   */
  public void items(Collection<? extends T> values) {
    this.items = ModelLists.copy(values, itemsName);
  }

  /** Sets the token of the next page. */
  public void nextToken(String value) {
    this.nextToken = value;
  }

  /** Sets the call's metadata. */
  public void responseMetadata(ResponseMetadata value) {
    this.responseMetadata = value;
  }

  /** The items; empty when absent. */
  public List<T> items() {
    return items == null ? List.of() : items;
  }

  /** True when the list was present (possibly empty). */
  public boolean hasItems() {
    return items != null;
  }

  /** The token of the next page, or null. */
  public String nextToken() {
    return nextToken;
  }

  /** The call's metadata. */
  public ResponseMetadata responseMetadata() {
    return responseMetadata;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof TokenPage<?> that && items().equals(that.items())
        && Objects.equals(nextToken, that.nextToken));
  }

  @Override
  public int hashCode() {
    return Objects.hash(items(), nextToken);
  }

  /** {@code TypeName{items=[...], nextToken=..., responseMetadata=...}}, absent values left out. */
  public String render(String typeName) {
    return new ModelText(typeName)
        .add(itemsName, items)
        .add("nextToken", nextToken)
        .add("responseMetadata", responseMetadata)
        .toString();
  }
}
