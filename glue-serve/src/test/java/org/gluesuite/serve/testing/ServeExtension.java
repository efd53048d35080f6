package org.gluesuite.serve.testing;

import org.gluesuite.aws.catalog.GlueDataCatalog;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One {@link ServeFixture} for a test class: {@code @RegisterExtension static ServeExtension serve = …}. */
public final class ServeExtension implements BeforeAllCallback, AfterAllCallback {
  private ServeFixture fixture;

  @Override
  public void beforeAll(ExtensionContext context) {
    fixture = ServeFixture.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    fixture.close();
  }

  public ServeFixture fixture() {
    return fixture;
  }

  /** The endpoint's catalog emptied, seen through a new {@link GlueDataCatalog} reading {@code segments} at once. */
  public GlueDataCatalog emptyGlueDataCatalog(int segments) {
    fixture.reset();
    return GlueDataCatalog.create(fixture.glue(), segments);
  }
}
