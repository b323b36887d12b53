package dev.stacksets.examples;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.ConfigClient;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.emulator.StackSetEmulator;
import dev.stacksets.rfs.RfsClient;
import java.net.URI;

/**
 * Where the examples send their calls: the embedded emulator (the default), or a real cloud when a region or an
 * endpoint is given, with credentials from the standard environment and profile sources. Owns the clients it builds
 * and, in emulator mode, the emulator itself.
 *
 * <p>Not thread-safe; one per program run.
 *
 * <pre>{@code
 * try (Connection c = Connection.emulator()) {
 *   c.rfs().listStackSets().stackSets().forEach(s -> System.out.println(s.stackSetName()));
 * }
 * }</pre>
 */
public final class Connection implements AutoCloseable {
  private final StackSetEmulator emulator;
  private final String region;
  private final URI endpoint;
  private RfsClient rfs;
  private CloudFormationClient cfn;
  private ConfigClient config;

  private Connection(StackSetEmulator emulator, String region, URI endpoint) {
    this.emulator = emulator;
    this.region = region;
    this.endpoint = endpoint;
  }

  /** Starts an embedded emulator whose time runs {@code timeSpeed} times faster than the wall clock. */
  public static Connection emulator(double timeSpeed) {
    return new Connection(StackSetEmulator.builder().timeSpeed(timeSpeed).start(), null, null);
  }

  /** Starts an embedded emulator running in real time. */
  public static Connection emulator() {
    return emulator(1.0);
  }

  /** A real cloud: a region, an endpoint, or both (the endpoint wins for the address, the region signs). */
  public static Connection cloud(String region, URI endpoint) {
    if (region == null && endpoint == null) {
      throw new IllegalArgumentException("a region or an endpoint is required");
    }
    return new Connection(null, region, endpoint);
  }

  /** The embedded emulator, or null when talking to a real cloud. */
  public StackSetEmulator emulatorOrNull() {
    return emulator;
  }

  /** The RFS client (built on first use). */
  public RfsClient rfs() {
    if (rfs == null) {
      RfsClient.Builder b = RfsClient.builder();
      if (emulator != null) {
        b.endpoint(emulator.rfsEndpoint()).region(emulator.rfsRegion())
            .credentialsProvider(CredentialsProvider.of(emulator.credentials()));
      } else {
        apply(b);
      }
      rfs = b.build();
    }
    return rfs;
  }

  /** The CloudFormation client (built on first use). */
  public CloudFormationClient cloudFormation() {
    if (cfn == null) {
      CloudFormationClient.Builder b = CloudFormationClient.builder();
      if (emulator != null) {
        b.endpoint(emulator.cloudFormationEndpoint()).region(emulator.region())
            .credentialsProvider(CredentialsProvider.of(emulator.credentials()));
      } else {
        apply(b);
      }
      cfn = b.build();
    }
    return cfn;
  }

  /** The Config client (built on first use). */
  public ConfigClient config() {
    if (config == null) {
      ConfigClient.Builder b = ConfigClient.builder();
      if (emulator != null) {
        b.endpoint(emulator.configEndpoint()).region(emulator.region())
            .credentialsProvider(CredentialsProvider.of(emulator.credentials()));
      } else {
        apply(b);
      }
      config = b.build();
    }
    return config;
  }

  private void apply(dev.stacksets.core.SdkClientBuilder<?, ?> b) {
    if (region != null) {
      b.region(region);
    }
    if (endpoint != null) {
      b.endpoint(endpoint);
    }
  }

  @Override
  public void close() {
    if (rfs != null) {
      rfs.close();
    }
    if (cfn != null) {
      cfn.close();
    }
    if (config != null) {
      config.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }
}
