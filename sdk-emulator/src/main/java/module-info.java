/**
 * The stacksets-java emulator: RFS, CloudFormation and Config stack sets served from one in-memory model on a
 * loopback port, with a JUnit 5 extension (JUnit is optional: only that extension needs it).
 */
module dev.stacksets.emulator {
  requires transitive dev.stacksets.core;
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires jdk.httpserver;
  requires org.slf4j;
  requires static transitive org.junit.jupiter.api;
  requires static org.junit.platform.commons;

  exports dev.stacksets.emulator;
  exports dev.stacksets.emulator.model;
}
