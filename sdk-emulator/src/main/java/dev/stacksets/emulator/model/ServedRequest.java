package dev.stacksets.emulator.model;

import dev.stacksets.emulator.StackSetEmulator;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One request the emulator answered, as recorded in {@link StackSetEmulator#servedRequests()}: which service and
 * operation, the status it got, and which fault (if any) was injected. Useful to assert that a client retried.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * long throttled = emulator.servedRequests().stream().filter(r -> "THROTTLE".equals(r.fault())).count();
 * }</pre>
 *
 * @param at              wall-clock time the request arrived
 * @param service         the service that answered, or null when the request matched none
 * @param operation       the operation name (e.g. {@code ListStackSetOperations}), or null when unknown
 * @param status          the HTTP status sent (for a dropped connection, the status that was being sent)
 * @param errorCode       the service error code of an error reply, else null
 * @param requestId       the request id the emulator assigned ({@code X-Request-Id} / {@code x-amzn-RequestId})
 * @param clientRequestId the RFS {@code Client-Request-Id} the client sent, else null
 * @param fault           the injected fault ({@code THROTTLE}, {@code SERVER_ERROR}, {@code DROP_CONNECTION}), or
 *                        null
 */
public record ServedRequest(Instant at, @Nullable EmulatorService service, @Nullable String operation, int status,
    @Nullable String errorCode, String requestId, @Nullable String clientRequestId, @Nullable String fault) {}
