package org.gluesuite.serve.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.gluesuite.serve.LocalEndpoint;
import org.gluesuite.serve.ServeErrors;

/**
 * An S3-compatible server on 127.0.0.1 over the workspace's lake: bucket {@code B} is the lake folder {@code B}, so
 * {@code s3://bucket/key} means the same file here as in the catalog's locations, the crawlers and the jobs.
 *
 * <p>It is s3proxy (Apache-2.0; the jclouds {@code filesystem} provider) run as a child process: its fat jar brings
 * its own Jetty and servlet API, which clash with Spark's and with the endpoint's Jetty 12 in one JVM. Requests are not
 * authenticated (any keys work), which suits a loopback server for one workspace.
 */
public final class S3Server implements AutoCloseable {
  /** Overrides where the s3proxy jar ({@code jar-with-dependencies}) is read from. */
  public static final String JAR_VARIABLE = "GLUE_SUITE_S3PROXY_JAR";
  private static final Duration STARTUP = Duration.ofSeconds(90);

  private final Process process;
  private final int port;
  private final Path log;

  private S3Server(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts s3proxy serving {@code lake} on {@code port} (0 for a free one) and waits until it answers; its settings
   * and log are kept in {@code stateDir}.
   *
   * @throws org.gluesuite.serve.ServeStartException if the jar is missing, the port is taken or it does not start
   */
  public static S3Server start(Path lake, int port, Path jar, Path stateDir) {
    if (!Files.isRegularFile(jar)) {
      throw ServeErrors.s3ProxyJarMissing(jar, JAR_VARIABLE);
    }
    int chosen = port == 0 ? freePort() : port;
    Path log = stateDir.resolve("s3proxy.log");
    try {
      Files.createDirectories(lake);
      Files.createDirectories(stateDir);
      Path settings = stateDir.resolve("s3proxy.conf");
      Files.writeString(settings, String.join("\n",
          "s3proxy.endpoint=http://" + LocalEndpoint.HOST + ":" + chosen,
          "s3proxy.authorization=none",
          "jclouds.provider=filesystem",
          // s3proxy needs an absolute base folder.
          "jclouds.filesystem.basedir=" + lake.toAbsolutePath().normalize()) + "\n");
      Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx256m", "-jar", jar.toString(), "--properties", settings.toString()))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      S3Server server = new S3Server(process, chosen, log);
      server.awaitReady();
      return server;
    } catch (IOException e) {
      throw ServeErrors.s3ServerFailed(chosen, e.getMessage(), log);
    }
  }

  /** The s3proxy jar: {@code $GLUE_SUITE_S3PROXY_JAR}, else the build's copy in the local Maven repository. */
  public static Path defaultJar() {
    String configured = System.getenv(JAR_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String version = bundledVersion();
    String repository = System.getProperty("maven.repo.local",
        Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
    return Path.of(repository, "org", "gaul", "s3proxy", version, "s3proxy-" + version + "-jar-with-dependencies.jar");
  }

  private static String bundledVersion() {
    try (InputStream in = S3Server.class.getResourceAsStream("s3proxy.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("s3proxy.properties is missing from glue-serve's jar; rebuild the project", e);
    }
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw ServeErrors.s3ServerFailed(port, "s3proxy exited with code " + process.exitValue(), log);
      }
      if (answers()) {
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw ServeErrors.s3ServerFailed(port, "interrupted while waiting for s3proxy", log);
      }
    }
    close();
    throw ServeErrors.s3ServerFailed(port, "s3proxy did not answer within " + STARTUP.toSeconds() + " s", log);
  }

  private boolean answers() {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri().toURL().openConnection();
      connection.setConnectTimeout(500);
      connection.setReadTimeout(2_000);
      int status = connection.getResponseCode();
      connection.disconnect();
      return status > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LocalEndpoint.HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find a free port on " + LocalEndpoint.HOST, e);
    }
  }

  public int port() {
    return port;
  }

  /** {@code http://127.0.0.1:PORT}, the S3 endpoint URL (path-style addressing). */
  public URI uri() {
    return URI.create("http://" + LocalEndpoint.HOST + ":" + port);
  }

  public Path log() {
    return log;
  }

  /** Stops the child process (and waits for it, so the port is free afterwards). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
