/** Runnable examples. */
package dev.stacksets.examples;
