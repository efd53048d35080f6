package org.gluesuite.serve.lakeformation;

import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.serve.api.ServiceApi;

/**
 * AWS Lake Formation's operations over the workspace's Lake Formation state (the one the jobs, {@code query} and the
 * CLI enforce): permissions, settings and registered locations, data cells filters, LF-Tags.
 */
public final class LakeFormationOperations {
  private LakeFormationOperations() {
  }

  public static void register(ServiceApi lakeFormation, LakeFormationState state, DataCatalog catalog) {
    PermissionOperations.register(lakeFormation, state);
    ResourceOperations.register(lakeFormation, state);
    DataCellsFilterOperations.register(lakeFormation, state, catalog);
    LfTagOperations.register(lakeFormation, state, catalog);
  }
}
