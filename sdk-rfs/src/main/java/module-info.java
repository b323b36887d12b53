/**
 * stacksets-java for Huawei Cloud RFS: {@code RfsClient}, the RFS models and the RFS-only exceptions.
 * {@code dev.stacksets.rfs.internal} (the operation table and the JSON protocol) is not exported.
 */
module dev.stacksets.rfs {
  requires transitive dev.stacksets.core;
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires static dev.stacksets.codegen; // the model annotations, read at compile time only (SOURCE retention)

  exports dev.stacksets.rfs;
  exports dev.stacksets.rfs.model;
  exports dev.stacksets.rfs.exception;
}
