/** An in-process emulator of the RFS, CloudFormation and Config stack-set APIs. */
package dev.stacksets.emulator;
