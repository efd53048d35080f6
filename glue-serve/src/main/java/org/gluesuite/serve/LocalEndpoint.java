package org.gluesuite.serve;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.gluesuite.serve.api.ServiceApi;
import org.gluesuite.serve.internal.EndpointHandler;

/**
 * An AWS endpoint on 127.0.0.1 answering the services given to it (Jetty 12's core handler API, no servlets): JSON
 * services by {@code X-Amz-Target}, REST-JSON services by path. Loopback only, by design: it serves a local workspace.
 */
public final class LocalEndpoint implements AutoCloseable {
  public static final String HOST = "127.0.0.1";
  private static final Logger LOG = Logger.getLogger(LocalEndpoint.class.getName());

  private final Server server;
  private final ServerConnector connector;

  private LocalEndpoint(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Starts listening.
   *
   * @throws ServeStartException if the port is taken or the server cannot start
   */
  public static LocalEndpoint start(ServeSettings settings, List<ServiceApi> services) {
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("glue-suite-serve");
    threads.setDaemon(true);
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(HOST);
    connector.setPort(settings.port());
    connector.setIdleTimeout(settings.idleTimeout().toMillis());
    server.addConnector(connector);
    server.setHandler(new EndpointHandler(services, settings));
    server.setStopTimeout(2_000);
    try {
      server.start();
    } catch (Exception e) {
      try {
        server.stop();
      } catch (Exception ignored) {
        // the start failure is what the caller needs to see
      }
      throw ServeErrors.cannotListen(settings.port(), e);
    }
    return new LocalEndpoint(server, connector);
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** {@code http://127.0.0.1:PORT}, what clients take as their endpoint URL. */
  public URI uri() {
    return URI.create("http://" + HOST + ":" + port());
  }

  /** Blocks until the endpoint is stopped. */
  public void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops the endpoint. Requests in flight get the grace period to finish; Jetty then stops anyway (its server is marked
   * FAILED, its connector stopped) and reports the timeout, which is no failure of ours (a client that keeps a pooled connection open, a long job call), so it is
   * logged, not thrown.
   */
  @Override
  public void close() {
    int port = connector.getLocalPort();
    try {
      server.stop();
    } catch (TimeoutException e) {
      LOG.warning(() -> "glue-suite serve on port " + port + " stopped with requests or connections "
          + "still open after the " + server.getStopTimeout() + " ms grace period; they were closed");
    } catch (Exception e) {
      throw new IllegalStateException("glue-suite serve did not stop cleanly: " + e.getMessage(), e);
    }
    if (!connector.isStopped()) {
      throw new IllegalStateException("glue-suite serve did not stop: its connector is " + connector.getState());
    }
  }
}
