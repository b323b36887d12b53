/**
 * The exceptions only RFS throws, each a subtype in the core tree ({@code dev.stacksets.core.exception}), so a
 * handler of the core type catches it too: {@link dev.stacksets.rfs.exception.StackSetStateConflictException}.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.rfs.exception;

import org.jspecify.annotations.NullMarked;
