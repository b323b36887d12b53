/**
 * The Huawei Cloud RFS stack-set client: {@link dev.stacksets.rfs.RfsClient} and its builder, and
 * {@link dev.stacksets.rfs.RfsEndpoints}. Requests, responses, models, filters and enums are in
 * {@code dev.stacksets.rfs.model}.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.rfs;

import org.jspecify.annotations.NullMarked;
