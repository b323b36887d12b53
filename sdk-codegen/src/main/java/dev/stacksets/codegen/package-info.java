/**
 * Build-only code generation for the model packages: {@link dev.stacksets.codegen.Model} specs in, model classes out.
 * Source-retained annotations only; nothing here is needed at run time.
 */
package dev.stacksets.codegen;
