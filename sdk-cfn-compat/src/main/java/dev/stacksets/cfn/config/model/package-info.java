/**
 * AWS Config organization conformance-pack requests, responses, models and open enums, with the same conventions
 * as {@link dev.stacksets.cfn.model} (lists, open enums, reply metadata, builder checks), written at build time from
 * one package-private spec per model.
 *
 * <p>Members of a reply this SDK version does not model are kept, by name, in the {@code additionalFields()} of the
 * reply and of each {@link OrganizationConformancePackDetailedStatus}, as their raw JSON text (compact, e.g.
 * {@code "x"} or {@code {"a":1}}), as in RFS and in {@link dev.stacksets.cfn.model}. The map is part of
 * {@code equals}, {@code toString()} shows its names only, and it is never sent in a request.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.cfn.config.model;

import org.jspecify.annotations.NullMarked;
