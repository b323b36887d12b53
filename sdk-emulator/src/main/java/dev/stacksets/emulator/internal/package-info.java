/**
 * The emulator's implementation: the HTTP server, one router per protocol, signature verification, the in-memory
 * model with its seed data and operation planner, paging tokens and fault injection. Nothing here is a
 * compatibility promise.
 */
package dev.stacksets.emulator.internal;
