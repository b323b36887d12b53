package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * Whether a stack set exists or was deleted.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * cfn.listStackSetsPaginator(r -> r.status(StackSetStatus.ACTIVE)).forEach(System.out::println);
 * }</pre>
 */
@OpenEnum
enum StackSetStatusSpec {
  /** {@code ACTIVE}: the stack set exists */
  ACTIVE,
  /** {@code DELETED}: the stack set was deleted */
  DELETED
}
