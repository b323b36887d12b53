/** Runnable examples and the CLI. */
package dev.stacksets.examples;
