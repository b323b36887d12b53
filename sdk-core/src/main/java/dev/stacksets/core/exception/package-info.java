/**
 * The exception tree: {@link dev.stacksets.core.exception.StackSetsException} with its two branches,
 * {@link dev.stacksets.core.exception.ClientSideException} and {@link dev.stacksets.core.exception.ServiceException}.
 */
package dev.stacksets.core.exception;
