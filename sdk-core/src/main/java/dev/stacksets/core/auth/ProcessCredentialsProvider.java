package dev.stacksets.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.internal.util.Require;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AWS credentials printed by a program: the {@code credential_process} of the AWS shared config file, for tools that
 * keep keys in a vault or a hardware token.
 *
 * <p>The command runs through the shell ({@code sh -c}, or {@code cmd.exe /C} on Windows), with no input and with its
 * error output discarded (it could hold secrets, so it never reaches a message or a log). It must exit with status 0
 * within the timeout (default one minute) and print, in at most 64 KiB, the AWS SDKs' JSON:
 * {@code {"Version": 1, "AccessKeyId": ..., "SecretAccessKey": ..., "SessionToken": ..., "Expiration": ...}}
 * ({@code SessionToken} and the ISO-8601 {@code Expiration} optional). The credentials are kept and the program run
 * again five minutes before they expire, or after 15 minutes when they do not. Messages name the profile (or "the
 * credential process"), never the command line or the output. Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider vault = ProcessCredentialsProvider.of("/usr/local/bin/aws-vault export --format=json dev");
 * }</pre>
 */
public final class ProcessCredentialsProvider implements CredentialsProvider {
  private static final Logger LOG = LoggerFactory.getLogger(ProcessCredentialsProvider.class);
  /** The default time the program may take. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(1);
  static final int MAX_OUTPUT = 64 * 1024;

  private final String command;
  private final Duration timeout;
  private final String name;
  private final CachingCredentialsProvider cache;

  private ProcessCredentialsProvider(String command, Duration timeout, String name, Clock clock) {
    this.command = command;
    this.timeout = timeout;
    this.name = name;
    this.cache = CachingCredentialsProvider.builder(this::run).clock(clock).build();
  }

  /** Runs {@code command} with the default timeout. */
  public static ProcessCredentialsProvider of(String command) {
    return of(command, DEFAULT_TIMEOUT);
  }

  /**
   * Runs {@code command}, allowing it {@code timeout}.
   *
   * @throws IllegalArgumentException when the command is blank or the timeout not positive
   */
  public static ProcessCredentialsProvider of(String command, Duration timeout) {
    return new ProcessCredentialsProvider(requireCommand(command), requirePositive(timeout), "the credential process",
        Clock.systemUTC());
  }

  /** For a profile: messages say {@code the credential_process of profile '<name>'}. */
  static ProcessCredentialsProvider forProfile(String command, String profile, Clock clock) {
    return new ProcessCredentialsProvider(requireCommand(command), DEFAULT_TIMEOUT,
        "the credential_process of profile '" + profile + "'", clock);
  }

  @Override
  public Credentials resolveCredentials() {
    return cache.resolveCredentials();
  }

  private Credentials run() {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    ProcessBuilder pb = new ProcessBuilder(windows ? List.of("cmd.exe", "/C", command) : List.of("sh", "-c", command))
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new CredentialsException(name + " could not be started: " + e.getClass().getSimpleName(), e);
    }
    Output out = new Output(p.getInputStream());
    Thread reader = new Thread(out, "stacksets-credential-process");
    reader.setDaemon(true);
    reader.start();
    try {
      p.getOutputStream().close();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new CredentialsException(name + " did not finish within " + timeout);
      }
      reader.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new CredentialsException(name + " was interrupted", e);
    } catch (IOException e) {
      // closing its input failed: it has exited already; its status and output tell the rest
    }
    if (p.exitValue() != 0) {
      throw new CredentialsException(name + " exited with status " + p.exitValue());
    }
    if (out.tooLong) {
      throw new CredentialsException(name + " printed more than " + MAX_OUTPUT + " bytes");
    }
    return parse(out.bytes.toByteArray());
  }

  private Credentials parse(byte[] output) {
    JsonNode json;
    try {
      json = FetchedCredentials.json(output, name);
    } catch (CredentialsException e) {
      throw new CredentialsException(name + " printed something that is not a JSON object");
    }
    JsonNode version = json.get("Version");
    if (version == null || !version.isIntegralNumber() || version.asInt() != 1) {
      throw new CredentialsException(name + " printed JSON without \"Version\": 1");
    }
    Credentials c = FetchedCredentials.from(json, name, "AccessKeyId", "SecretAccessKey", "SessionToken",
        "Expiration");
    LOG.debug("{} returned credentials for {}{}", name, c.accessKeyId(),
        c.expiration() == null ? "" : ", expiring at " + c.expiration());
    return c;
  }

  private static String requireCommand(String command) {
    Require.nonNull(command, "command");
    if (command.isBlank()) {
      throw new IllegalArgumentException("command must not be blank");
    }
    return command;
  }

  private static Duration requirePositive(Duration timeout) {
    Require.nonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    return timeout;
  }

  @Override
  public String toString() {
    return "ProcessCredentialsProvider{" + name + ", timeout=" + timeout + "}";
  }

  /** Reads the program's output, keeping at most {@link #MAX_OUTPUT} bytes. */
  private static final class Output implements Runnable {
    private final InputStream in;
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    volatile boolean tooLong;

    Output(InputStream in) {
      this.in = in;
    }

    @Override
    public void run() {
      byte[] buf = new byte[8192];
      try (InputStream s = in) {
        int n;
        while ((n = s.read(buf)) >= 0) {
          if (bytes.size() + n > MAX_OUTPUT) {
            tooLong = true;
          } else {
            bytes.write(buf, 0, n);
          }
        }
      } catch (IOException e) {
        // the process went away; its exit status reports it
      }
    }
  }
}
