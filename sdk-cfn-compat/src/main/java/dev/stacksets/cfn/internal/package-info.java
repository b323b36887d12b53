/**
 * Implementation of the CloudFormation and Config clients: the Query form serializer, the StAX XML reader, the
 * JSON 1.1 codec, request validation, error mappers and service profiles. Not a compatibility promise.
 */
package dev.stacksets.cfn.internal;
