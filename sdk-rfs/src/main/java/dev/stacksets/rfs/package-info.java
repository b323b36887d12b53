/**
 * The Huawei Cloud RFS stack-set client: {@link dev.stacksets.rfs.RfsClient} and its builder, and
 * {@link dev.stacksets.rfs.RfsEndpoints}. Requests, responses, models, filters and enums are in
 * {@code dev.stacksets.rfs.model}.
 */
package dev.stacksets.rfs;
