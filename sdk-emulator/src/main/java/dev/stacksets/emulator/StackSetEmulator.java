package dev.stacksets.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.emulator.internal.AwsAuth;
import dev.stacksets.emulator.internal.CloudFormationRouter;
import dev.stacksets.emulator.internal.ConfigRouter;
import dev.stacksets.emulator.internal.ControlEndpoints;
import dev.stacksets.emulator.internal.EmulatorClock;
import dev.stacksets.emulator.internal.EmulatorModel;
import dev.stacksets.emulator.internal.EmulatorServer;
import dev.stacksets.emulator.internal.FaultInjector;
import dev.stacksets.emulator.internal.HuaweiAuth;
import dev.stacksets.emulator.internal.PackWrites;
import dev.stacksets.emulator.internal.PageTokens;
import dev.stacksets.emulator.internal.Provider;
import dev.stacksets.emulator.internal.RequestLog;
import dev.stacksets.emulator.internal.RfsRouter;
import dev.stacksets.emulator.internal.SeedData;
import dev.stacksets.emulator.internal.StackSetWrites;
import dev.stacksets.emulator.internal.StateFile;
import dev.stacksets.emulator.internal.WarmUp;
import dev.stacksets.emulator.model.Faults;
import dev.stacksets.emulator.model.ServedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An in-process emulator of the Huawei Cloud RFS, AWS CloudFormation and AWS Config stack-set APIs, for tests,
 * examples and demos. It listens on a loopback port and speaks the real protocols, so any client of those
 * protocols (this SDK's clients, the official AWS SDK for Java v2, the AWS CLI) works against it unchanged:
 *
 * <ul>
 *   <li>RFS: REST + JSON under {@code /v1/stack-sets}, {@code SDK-HMAC-SHA256} signatures, the mandatory
 *       {@code Client-Request-Id}, filters, sorting, {@code marker}/{@code limit} paging;</li>
 *   <li>CloudFormation: the Query protocol ({@code POST /}, {@code Action=...}, version 2010-05-15), XML replies,
 *       SigV4 for the service {@code cloudformation}, {@code NextToken}/{@code MaxResults} paging;</li>
 *   <li>Config: JSON 1.1 ({@code X-Amz-Target: StarlingDoveService.*}), SigV4 for the service {@code config}.</li>
 * </ul>
 *
 * <p>All three are served from one in-memory model, seeded deterministically ({@link Builder#seed(long)}): stack sets
 * on both clouds, hundreds of operations with thousands of per-target results, conformance packs with per-account
 * statuses. Operations move from queued to running to succeeded or failed as emulator time passes
 * ({@link #advanceTime(Duration)}, {@link Builder#timeSpeed(double)}). Requests must be signed with
 * {@link #credentials()}; errors come in each service's own format; faults can be injected ({@link #faults(Faults)}).
 *
 * <p>Thread-safe. Close it (it is {@link AutoCloseable}) to free the port and its threads.
 *
 * <pre>{@code
 * try (StackSetEmulator emulator = StackSetEmulator.start()) {
 *   CloudFormationClient cfn = CloudFormationClient.builder()       // the AWS SDK v2, unchanged
 *       .endpointOverride(emulator.cloudFormationEndpoint())
 *       .region(Region.of(emulator.region()))
 *       .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
 *           emulator.credentials().accessKeyId(), emulator.credentials().secretAccessKey())))
 *       .build();
 *   cfn.listStackSets(r -> r.status("ACTIVE")).summaries().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class StackSetEmulator implements AutoCloseable {
  /** Access key id accepted by default. */
  public static final String DEFAULT_ACCESS_KEY_ID = "EMULATORACCESSKEY";
  /** Secret accepted by default (it holds {@code /} and {@code +} on purpose). */
  public static final String DEFAULT_SECRET_ACCESS_KEY = "emulator/SECRET+key/0123456789abcdefghijkl";
  /** The AWS region reported by {@link #region()} by default. */
  public static final String DEFAULT_REGION = "us-east-1";
  /** The RFS region reported by {@link #rfsRegion()} by default. */
  public static final String DEFAULT_RFS_REGION = "cn-north-4";
  /** The default seed. */
  public static final long DEFAULT_SEED = 42;
  /** The default limit on request bodies: 1 MiB. */
  public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 1024 * 1024;

  private final EmulatorServer server;
  private final EmulatorModel model;
  private final FaultInjector faults;
  private final RequestLog log;
  private final Credentials credentials;
  private final String region;
  private final String rfsRegion;
  private final long seed;
  private final URI endpoint;
  private final EmulatedStackSets rfs;
  private final EmulatedStackSets cloudFormation;
  private final EmulatedConfig config;
  private final Path stateFile;
  private volatile boolean closed;

  private StackSetEmulator(Builder b, StateFile.Loaded state) throws IOException {
    WarmUp.start();
    this.credentials = b.credentials;
    this.region = b.region;
    this.rfsRegion = b.rfsRegion;
    this.seed = b.seed;
    this.stateFile = b.stateFile;
    EmulatorClock clock = new EmulatorClock(b.clock, b.timeSpeed, state != null ? state.now() : b.startTime);
    this.model = new EmulatorModel(clock, b.seed);
    if (state != null) {
      try {
        StateFile.restore(model, state);
      } catch (IOException e) {
        throw new UncheckedIOException(b.stateFile + ": " + e.getMessage(), e);
      }
    } else if (b.seedData) {
      SeedData.populate(model, b.seed);
    }
    this.faults = new FaultInjector(b.faults);
    this.log = new RequestLog(10_000);
    Duration skew = b.clockSkewCheck ? b.maxClockSkew : null;
    PageTokens tokens = new PageTokens();
    StackSetWrites writes = new StackSetWrites(model);
    PackWrites packWrites = new PackWrites(model, region);
    this.server = new EmulatorServer(b.port, b.threads, b.maxRequestBodyBytes,
        RfsRouter.create(model, new HuaweiAuth(credentials, clock, skew), tokens, writes),
        CloudFormationRouter.create(model, new AwsAuth(credentials, "cloudformation", clock, skew), tokens, writes),
        ConfigRouter.create(model, new AwsAuth(credentials, "config", clock, skew), tokens, packWrites, region),
        faults, log, new ControlEndpoints(model, this::healthFacts));
    this.endpoint = URI.create("http://127.0.0.1:" + server.port());
    this.rfs = new EmulatedStackSets(model, Provider.RFS, writes.policy(Provider.RFS));
    this.cloudFormation = new EmulatedStackSets(model, Provider.CLOUDFORMATION,
        writes.policy(Provider.CLOUDFORMATION));
    this.config = new EmulatedConfig(model, packWrites);
    server.start();
  }

  /** What the health endpoint reports besides its status and the emulator time. */
  private ObjectNode healthFacts() {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("endpoint", endpoint.toString());
    o.put("seed", seed);
    o.put("region", region);
    o.put("rfsRegion", rfsRegion);
    o.putArray("services").add("rfs").add("cloudformation").add("config");
    return o;
  }

  /** Starts an emulator with every default: an ephemeral port, the default credentials, seed 42, real time. */
  public static StackSetEmulator start() {
    return builder().start();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URI all three services answer on, e.g. {@code http://127.0.0.1:54321}. */
  public URI endpoint() {
    return endpoint;
  }

  /** The endpoint for an RFS client ({@code RfsClient.builder().endpoint(...)}). */
  public URI rfsEndpoint() {
    return endpoint;
  }

  /** The endpoint for a CloudFormation client ({@code endpointOverride(...)} in the AWS SDK). */
  public URI cloudFormationEndpoint() {
    return endpoint;
  }

  /** The endpoint for an AWS Config client. */
  public URI configEndpoint() {
    return endpoint;
  }

  /** The bound port. */
  public int port() {
    return endpoint.getPort();
  }

  /** The only credentials the emulator accepts, for both clouds. */
  public Credentials credentials() {
    return credentials;
  }

  /**
   * The AWS region to configure clients with. Any region in a SigV4 credential scope is accepted; the signature is
   * checked with the scope the client used.
   */
  public String region() {
    return region;
  }

  /** The RFS region to configure clients with (RFS signatures carry no region). */
  public String rfsRegion() {
    return rfsRegion;
  }

  /** The seed the data was generated from. */
  public long seed() {
    return seed;
  }

  /** Current emulator (model) time. */
  public Instant now() {
    return model.clock().now();
  }

  /** Emulator time when it started. */
  public Instant startTime() {
    return model.clock().startTime();
  }

  /**
   * Moves emulator time forward: operations and conformance-pack updates progress accordingly. Signature time
   * checks keep using the wall clock, so clients need no adjustment.
   *
   * @throws IllegalArgumentException for a negative duration
   */
  public void advanceTime(Duration duration) {
    model.clock().advance(duration);
  }

  /** The current fault settings. */
  public Faults faults() {
    return faults.current();
  }

  /** Replaces the fault settings (the request count restarts); {@link Faults#none()} turns faults off. */
  public void faults(Faults faults) {
    this.faults.set(Objects.requireNonNull(faults, "faults"));
  }

  /** The last (up to 10,000) requests served, oldest first. */
  public List<ServedRequest> servedRequests() {
    return log.snapshot();
  }

  /** How many requests were served since the start. */
  public long requestCount() {
    return log.total();
  }

  /** Forgets the retained served requests ({@link #requestCount()} keeps counting). */
  public void clearServedRequests() {
    log.clear();
  }

  /** The emulated RFS stack sets. */
  public EmulatedStackSets rfs() {
    return rfs;
  }

  /** The emulated CloudFormation stack sets. */
  public EmulatedStackSets cloudFormation() {
    return cloudFormation;
  }

  /** The emulated Config organization conformance packs. */
  public EmulatedConfig config() {
    return config;
  }

  /** True until {@link #close()}. */
  public boolean isRunning() {
    return !closed;
  }

  /** Turns off what tests tell the model (failing and drifting targets, failing accounts): for the extension. */
  void clearTestRules() {
    rfs.clearTargetRules();
    cloudFormation.clearTargetRules();
    config.clearFailingAccounts();
  }

  /** The model, for tests in this package. */
  EmulatorModel model() {
    return model;
  }

  /** The file the model is loaded from and saved to ({@link Builder#stateFile(Path)}), or null. */
  public @Nullable Path stateFile() {
    return stateFile;
  }

  /**
   * Stops the server and frees the port; with a {@linkplain Builder#stateFile(Path) state file}, then saves the model
   * to it. Idempotent.
   *
   * @throws UncheckedIOException when the state file cannot be written (the server is stopped all the same)
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      server.close();
      if (stateFile != null) {
        try {
          StateFile.write(model, stateFile);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot save the emulator state to " + stateFile + ": " + e.getMessage(), e);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "StackSetEmulator{endpoint=" + endpoint + ", accessKeyId=" + credentials.accessKeyId() + ", seed=" + seed
        + ", now=" + now() + (closed ? ", closed" : "") + "}";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private int port;
    private Credentials credentials = Credentials.of(DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY);
    private String region = DEFAULT_REGION;
    private String rfsRegion = DEFAULT_RFS_REGION;
    private long seed = DEFAULT_SEED;
    private boolean seedData = true;
    private Clock clock = Clock.systemUTC();
    private double timeSpeed = 1.0;
    private Instant startTime;
    private Duration maxClockSkew = Duration.ofMinutes(15);
    private boolean clockSkewCheck = true;
    private Faults faults = Faults.none();
    private int threads = 8;
    private long maxRequestBodyBytes = DEFAULT_MAX_REQUEST_BODY_BYTES;
    private Path stateFile;

    private Builder() {}

    /** The port to bind on 127.0.0.1; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The credentials to accept (for both clouds); with a session token, requests must carry it. */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** The credentials to accept (for both clouds). */
    public Builder credentials(String accessKeyId, String secretAccessKey) {
      return credentials(Credentials.of(accessKeyId, secretAccessKey));
    }

    /** The AWS region {@link StackSetEmulator#region()} reports (default us-east-1). */
    public Builder region(String region) {
      this.region = requireText(region, "region");
      return this;
    }

    /** The RFS region {@link StackSetEmulator#rfsRegion()} reports (default cn-north-4). */
    public Builder rfsRegion(String rfsRegion) {
      this.rfsRegion = requireText(rfsRegion, "rfsRegion");
      return this;
    }

    /** The seed of the generated data (default 42): the same seed and start time give the same data. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Whether to generate seed data (default true); without it the emulator starts empty. */
    public Builder seedData(boolean seedData) {
      this.seedData = seedData;
      return this;
    }

    /** The wall clock (default the system UTC clock); signature times are checked against it. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Emulator seconds per wall-clock second (default 1). 0 freezes emulator time so that only
     * {@link StackSetEmulator#advanceTime(Duration)} moves it: the most deterministic choice for tests; 60 makes
     * a minute pass every second for demos.
     */
    public Builder timeSpeed(double timeSpeed) {
      if (!(timeSpeed >= 0) || Double.isInfinite(timeSpeed)) {
        throw new IllegalArgumentException("timeSpeed must be a finite number >= 0, was " + timeSpeed);
      }
      this.timeSpeed = timeSpeed;
      return this;
    }

    /** Emulator time at start (default: the clock's current time). Fix it for byte-identical data. */
    public Builder startTime(Instant startTime) {
      this.startTime = Objects.requireNonNull(startTime, "startTime");
      return this;
    }

    /** The largest accepted distance between a request's signing time and the wall clock (default 15 minutes). */
    public Builder maxClockSkew(Duration maxClockSkew) {
      Objects.requireNonNull(maxClockSkew, "maxClockSkew");
      if (maxClockSkew.isNegative() || maxClockSkew.isZero()) {
        throw new IllegalArgumentException("maxClockSkew must be positive, was " + maxClockSkew);
      }
      this.maxClockSkew = maxClockSkew;
      return this;
    }

    /** Whether to refuse requests signed too far from the wall clock (default true). */
    public Builder clockSkewCheck(boolean check) {
      this.clockSkewCheck = check;
      return this;
    }

    /** Faults to inject from the start (default none); see {@link StackSetEmulator#faults(Faults)}. */
    public Builder faults(Faults faults) {
      this.faults = Objects.requireNonNull(faults, "faults");
      return this;
    }

    /** Worker threads (default 8). */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads must be 1..256, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** The largest accepted request body in bytes (default 1 MiB); larger ones get the service's 413 error. */
    public Builder maxRequestBodyBytes(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxRequestBodyBytes must be at least 1024, was " + bytes);
      }
      this.maxRequestBodyBytes = bytes;
      return this;
    }

    /**
     * Loads the model from this file at start when the file exists (instead of generating seed data; emulator time
     * continues from when it was saved) and saves it there on {@link StackSetEmulator#close()}. The file is JSON. What
     * tests set at runtime (failing targets, faults, timing) is not saved.
     */
    public Builder stateFile(Path file) {
      this.stateFile = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Builds the model (or loads it from the {@linkplain #stateFile(Path) state file}), binds the port and starts
     * serving.
     *
     * @throws UncheckedIOException when the port cannot be bound, or the state file exists but cannot be read
     */
    public StackSetEmulator start() {
      StateFile.Loaded state = null;
      if (stateFile != null && Files.exists(stateFile)) {
        try {
          state = StateFile.read(stateFile);
        } catch (IOException e) {
          throw new UncheckedIOException(e.getMessage(), e);
        }
      }
      try {
        return new StackSetEmulator(this, state);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the stack-set emulator on 127.0.0.1:" + port, e);
      }
    }

    private static String requireText(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
