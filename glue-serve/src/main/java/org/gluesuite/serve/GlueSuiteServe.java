package org.gluesuite.serve;

import java.nio.file.Path;
import java.util.List;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.serve.api.ServiceApi;
import org.gluesuite.serve.glue.GlueCatalogOperations;
import org.gluesuite.serve.glue.TaggableResources;

/**
 * {@code glue-suite serve}: a {@link LocalEndpoint} for AWS Glue, Amazon Athena and AWS Lake Formation over a
 * workspace's embedded catalog (the same file the CLI and jobs use; other processes may use it meanwhile). This is
 * where the services' operations are registered: Glue's Data Catalog operations today; operations of the model that
 * are not registered answer {@code UnknownOperationException} saying they are not served yet.
 */
public final class GlueSuiteServe implements AutoCloseable {
  private final EmbeddedCatalog catalog;
  private final LocalEndpoint endpoint;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private GlueSuiteServe(EmbeddedCatalog catalog, LocalEndpoint endpoint) {
    this.catalog = catalog;
    this.endpoint = endpoint;
  }

  /** Opens the catalog in {@code catalogDir} and starts the endpoint. */
  public static GlueSuiteServe start(Path catalogDir, ServeSettings settings) {
    EmbeddedCatalog catalog = EmbeddedCatalog.open(catalogDir);
    try {
      ServiceApi glue = ServiceApi.glue();
      TaggableResources taggables = new TaggableResources();
      GlueCatalogOperations.register(glue, catalog, taggables);
      List<ServiceApi> services = List.of(glue, ServiceApi.athena(), ServiceApi.lakeFormation());
      return new GlueSuiteServe(catalog, LocalEndpoint.start(settings, services));
    } catch (RuntimeException e) {
      catalog.close();
      throw e;
    }
  }

  public LocalEndpoint endpoint() {
    return endpoint;
  }

  /** The catalog the endpoint answers from (for checks next to it; it is shared, not owned, by the caller). */
  public EmbeddedCatalog catalog() {
    return catalog;
  }

  /** Stops the endpoint, then closes the catalog; closing twice (a shutdown hook, say) does nothing more. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      endpoint.close();
    } finally {
      catalog.close();
    }
  }
}
