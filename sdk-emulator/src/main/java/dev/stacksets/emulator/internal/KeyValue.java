package dev.stacksets.emulator.internal;

/**
 * A key and a value: a CloudFormation parameter or tag, a Config input parameter.
 *
 * @param key   the key
 * @param value the value (may be empty)
 */
public record KeyValue(String key, String value) {}
