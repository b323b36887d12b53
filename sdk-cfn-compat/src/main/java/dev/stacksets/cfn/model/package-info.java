/**
 * CloudFormation stack-set requests, responses, models and open enums.
 *
 * <p>Every class is final and immutable with {@code builder()} / {@code toBuilder()}; collections are copied in and
 * unmodifiable out; times are {@link java.time.Instant}. Enums are open: a value newer than this SDK reads as
 * {@code UNKNOWN_TO_SDK_VERSION} and the raw string stays available through the {@code ...AsString()} getter.
 * Requests are validated when the client sends them, not when they are built.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.cfn.model;

import org.jspecify.annotations.NullMarked;
