/**
 * AWS Config organization conformance-pack requests, responses, models and open enums, with the same conventions
 * as {@link dev.stacksets.cfn.model}.
 */
package dev.stacksets.cfn.config.model;
