package dev.stacksets.core.internal;

import dev.stacksets.core.ClientConfiguration;

/**
 * The stages of one client's pipeline, built once per {@link ClientRuntime}: prepare ({@link RequestPreparer}), sign
 * ({@link AttemptSigner}), send ({@link HttpTransport}), map ({@link ReplyMapper}), decide ({@link AttemptPolicy}),
 * observe ({@link AttemptReporter}), plus the clock-skew memory and the failure wording. The drivers
 * ({@link SyncDriver}, {@link AsyncDriver}) run a {@link PipelineCall} over them. Immutable (the skew offset aside,
 * which is thread-safe) and thread-safe.
 */
record Pipeline(
    ClientConfiguration config,
    ServiceProfile profile,
    RequestPreparer preparer,
    AttemptSigner signer,
    HttpTransport transport,
    ReplyMapper mapper,
    AttemptPolicy policy,
    AttemptReporter reporter,
    ClockSkew clockSkew,
    CallFailures failures,
    long callTimeoutNanos) {}
