/**
 * stacksets-java for AWS: {@code CloudFormationClient}, {@code ConfigClient}, their models and exceptions.
 * {@code dev.stacksets.cfn.internal} (the operation tables, the Query and JSON 1.1 protocols) is not exported.
 */
module dev.stacksets.cfn {
  requires transitive dev.stacksets.core;
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires static dev.stacksets.codegen; // the model annotations, read at compile time only (SOURCE retention)

  exports dev.stacksets.cfn;
  exports dev.stacksets.cfn.config.model;
  exports dev.stacksets.cfn.exception;
  exports dev.stacksets.cfn.model;
}
