/**
 * Extension points of the request pipeline: a {@link dev.stacksets.core.pipeline.RequestHook} changes a request
 * before it is signed (so what it adds is signed), an {@link dev.stacksets.core.pipeline.AttemptListener} observes
 * every attempt as an {@link dev.stacksets.core.pipeline.AttemptEvent} (for metrics). Both are set on the client
 * builder ({@link dev.stacksets.core.SdkClientBuilder#addRequestHook}, {@link
 * dev.stacksets.core.SdkClientBuilder#addAttemptListener}). OkHttp interceptors remain for transport concerns.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.core.pipeline;

import org.jspecify.annotations.NullMarked;
