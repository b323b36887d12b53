/**
 * Build-only: the annotation processor that writes the SDK's model classes from their specs, and the annotations the
 * specs carry (all with SOURCE retention). Never on a user's class path.
 */
module dev.stacksets.codegen {
  requires transitive java.compiler; // javax.annotation.processing types appear in this module's API
  requires jdk.compiler; // com.sun.source: reads each spec's doc comments and imports

  exports dev.stacksets.codegen;

  provides javax.annotation.processing.Processor with dev.stacksets.codegen.ModelProcessor;
}
