package dev.stacksets.core.testing;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.SdkClientBuilder;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import java.net.URI;

/**
 * The smallest concrete {@link SdkClientBuilder}: its "client" is the resolved {@link ClientConfiguration}, so core
 * tests can drive the shared builder and build a pipeline without a service module. Regions map to
 * {@code https://test.REGION.example.com}; the default credentials are a fixed fake key pair.
 */
public final class TestClientBuilder extends SdkClientBuilder<TestClientBuilder, ClientConfiguration> {
  /** Fake access key id used when no provider is set. */
  public static final String ACCESS_KEY = "AKTESTEXAMPLE";
  /** Fake secret used when no provider is set. */
  public static final String SECRET_KEY = "s3cr3t-Test-Secret-Key-0123456789";

  private String defaultRegion;

  /** A region the "environment" supplies when none is set. */
  public TestClientBuilder defaultRegion(String defaultRegion) {
    this.defaultRegion = defaultRegion;
    return this;
  }

  @Override
  public ClientConfiguration build() {
    return resolveConfiguration(() -> defaultRegion, r -> URI.create("https://test." + r + ".example.com"),
        () -> CredentialsProvider.of(Credentials.of(ACCESS_KEY, SECRET_KEY)));
  }
}
