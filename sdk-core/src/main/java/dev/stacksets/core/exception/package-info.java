/**
 * The exception tree: {@link dev.stacksets.core.exception.StackSetsException} with its two branches,
 * {@link dev.stacksets.core.exception.ClientSideException} and {@link dev.stacksets.core.exception.ServiceException}.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.core.exception;

import org.jspecify.annotations.NullMarked;
