/** Implementation of the RFS client: serializer, JSON parsing, error mapping, the service profile. Not a public API. */
package dev.stacksets.rfs.internal;
