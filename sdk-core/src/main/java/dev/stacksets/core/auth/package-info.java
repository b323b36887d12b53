/**
 * Request signing and credentials.
 *
 * <ul>
 *   <li>Signers: {@link dev.stacksets.core.auth.HuaweiSigner} ({@code SDK-HMAC-SHA256}, RFS) and
 *       {@link dev.stacksets.core.auth.AwsV4Signer} (SigV4, CloudFormation and Config). The pipeline signs every
 *       attempt afresh; verifiers (the emulator) use the overloads taking an explicit signed-header list.</li>
 *   <li>Credentials: {@link dev.stacksets.core.auth.Credentials}, asked for on every attempt from a
 *       {@link dev.stacksets.core.auth.CredentialsProvider}: static ({@code CredentialsProvider.of}),
 *       {@link dev.stacksets.core.auth.SystemPropertyCredentialsProvider},
 *       {@link dev.stacksets.core.auth.EnvironmentCredentialsProvider},
 *       {@link dev.stacksets.core.auth.ProfileCredentialsProvider} (keys, roles, SSO, {@code credential_process},
 *       identity federation), {@link dev.stacksets.core.auth.WebIdentityCredentialsProvider},
 *       {@link dev.stacksets.core.auth.ContainerCredentialsProvider},
 *       {@link dev.stacksets.core.auth.InstanceProfileCredentialsProvider},
 *       {@link dev.stacksets.core.auth.ProcessCredentialsProvider},
 *       {@link dev.stacksets.core.auth.HuaweiMetadataCredentialsProvider},
 *       {@link dev.stacksets.core.auth.HuaweiFederatedCredentialsProvider}; combined by
 *       {@link dev.stacksets.core.auth.CredentialsProviderChain} into each cloud's
 *       {@link dev.stacksets.core.auth.DefaultCredentialsProviders default chain}, and
 *       {@link dev.stacksets.core.auth.CachingCredentialsProvider} for temporary credentials from slow sources (the
 *       sources above that fetch credentials use it themselves).</li>
 *   <li>{@link dev.stacksets.core.auth.HuaweiProjectId} and {@link dev.stacksets.core.auth.HuaweiDomainId}: the
 *       configured Huawei project and domain ids; {@link dev.stacksets.core.auth.HuaweiProjectIdLookup}: a region's
 *       project id from IAM.</li>
 * </ul>
 *
 * <p>No secret key or token appears in any {@code toString()}, exception message or log line of this package.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.core.auth;

import org.jspecify.annotations.NullMarked;
