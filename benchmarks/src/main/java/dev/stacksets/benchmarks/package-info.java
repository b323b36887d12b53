/** JMH benchmarks. */
package dev.stacksets.benchmarks;
