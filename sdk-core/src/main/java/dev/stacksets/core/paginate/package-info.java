/**
 * Lazy paging: {@link dev.stacksets.core.paginate.Paginator} fetches pages on demand, {@link dev.stacksets.core.paginate.Page} is one of them.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.core.paginate;

import org.jspecify.annotations.NullMarked;
