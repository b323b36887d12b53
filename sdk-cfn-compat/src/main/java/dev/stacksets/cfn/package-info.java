/** The AWS CloudFormation stack-set and AWS Config conformance-pack clients. */
package dev.stacksets.cfn;
