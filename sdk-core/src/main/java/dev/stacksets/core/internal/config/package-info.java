/**
 * What the machine is configured with, below the credential sources and the client builders: environment variables
 * and system properties ({@link dev.stacksets.core.internal.config.SystemSettings}), the shared credentials and
 * config files ({@link dev.stacksets.core.internal.config.ProfileFile}, {@link
 * dev.stacksets.core.internal.config.AwsConfigFiles}), and the endpoints and regions configured there for each cloud.
 * Nothing here is a compatibility promise; the package is exported only to the SDK's own modules.
 */
package dev.stacksets.core.internal.config;
