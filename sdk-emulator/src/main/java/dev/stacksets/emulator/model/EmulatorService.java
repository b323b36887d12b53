package dev.stacksets.emulator.model;

import dev.stacksets.emulator.StackSetEmulator;

/**
 * The three services a {@link StackSetEmulator} speaks, each with its own protocol and error format.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * emulator.faults(Faults.builder().throttleEveryNth(2).services(EmulatorService.RFS).build());
 * }</pre>
 */
public enum EmulatorService {
  /** Huawei Cloud RFS: REST + JSON under {@code /v1/stack-sets}, signed with SDK-HMAC-SHA256. */
  RFS,
  /** AWS CloudFormation: Query protocol ({@code POST /} with {@code Action=...}), XML replies, SigV4. */
  CLOUDFORMATION,
  /** AWS Config: JSON 1.1 ({@code X-Amz-Target: StarlingDoveService.*}), SigV4. */
  CONFIG
}
