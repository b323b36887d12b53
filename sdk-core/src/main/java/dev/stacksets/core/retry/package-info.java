/**
 * When and how long to wait before another attempt: {@link dev.stacksets.core.retry.RetryPolicy}.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.core.retry;

import org.jspecify.annotations.NullMarked;
