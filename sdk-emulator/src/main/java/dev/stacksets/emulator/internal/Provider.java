package dev.stacksets.emulator.internal;

/** Which cloud a stack set lives in. */
public enum Provider {
  /** Huawei Cloud RFS. */
  RFS,
  /** AWS CloudFormation. */
  CLOUDFORMATION
}
